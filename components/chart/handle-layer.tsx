import type { FocusEvent, KeyboardEvent, PointerEventHandler } from "react";
import { LEVEL_MAX, PARK_LEVEL, type Point, type RadarGeometry } from "@/lib/chart/geometry";
import { valueForKey } from "@/lib/chart/slider-keys";
import { CHART_SIZES } from "./chart-theme";
import { ScoreHandle } from "./score-handle";
import type { SpiderChartAxis } from "./chart-types";

interface HandleLayerProps {
  readonly geometry: RadarGeometry;
  readonly axes: readonly SpiderChartAxis[];
  /** Displayed values per axis (the drag's level overrides the stored one on the dragged axis). */
  readonly values: readonly (number | undefined)[];
  readonly handlePoints: readonly Point[];
  readonly valueTexts: readonly string[];
  readonly focusedIndex: number | null;
  readonly dragIndex: number | null;
  readonly onValue: (axisIndex: number, value: number) => void;
  readonly onFocusIndex: (axisIndex: number | null) => void;
  readonly pointer: {
    readonly onPointerDown: PointerEventHandler<SVGGElement>;
    /** Moves are heard natively on the chart's <svg> (use-axis-drag.ts), not through React. */
    readonly onPointerMove?: PointerEventHandler<SVGGElement>;
    readonly onPointerUp: PointerEventHandler<SVGGElement>;
    readonly onPointerCancel: PointerEventHandler<SVGGElement>;
    readonly onLostPointerCapture: PointerEventHandler<SVGGElement>;
  };
}

/** Where an axis's handle sits: on its level, or parked just off the centre when unrated / not assessed. */
export function handlePoint(geometry: RadarGeometry, axisIndex: number, value: number | undefined): Point {
  return geometry.pointAt(axisIndex, value !== undefined && value > 0 ? value : PARK_LEVEL);
}

const axisIndexOf = (target: EventTarget): number | null => {
  if (!(target instanceof SVGElement)) return null;
  const raw = target.dataset.axisIndex;
  return raw === undefined ? null : Number(raw);
};

/**
 * The interactive layer: invisible tap strips along each axis and one slider handle per axis. Keyboard, focus
 * and pointer events are handled here once, by delegation. Strips allow panning and pinch-zoom (a swipe across
 * the chart still scrolls a phone's page); handles take `touch-action: none`, so dragging one never scrolls.
 */
export function HandleLayer(props: HandleLayerProps) {
  const { geometry, axes, values, handlePoints, valueTexts, focusedIndex, dragIndex, onValue, onFocusIndex } = props;

  const onKeyDown = (e: KeyboardEvent<SVGGElement>): void => {
    const i = axisIndexOf(e.target);
    if (i === null) return;
    const next = valueForKey(e.key, values[i]);
    if (next === null) return;
    e.preventDefault();
    if (next !== values[i]) onValue(i, next);
  };
  const onFocus = (e: FocusEvent<SVGGElement>): void => onFocusIndex(axisIndexOf(e.target));
  const onBlur = (): void => onFocusIndex(null);

  return (
    <g {...props.pointer} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur} data-export="skip">
      <g aria-hidden="true" style={{ touchAction: "manipulation" }} className="cursor-pointer">
        {axes.map((axis, i) => {
          const [x, y] = geometry.pointAt(i, LEVEL_MAX + 0.4);
          return (
            <line
              key={axis.id}
              x1={0}
              y1={0}
              x2={x}
              y2={y}
              stroke="transparent"
              strokeWidth={CHART_SIZES.stripWidth}
              strokeLinecap="round"
              pointerEvents="stroke"
            />
          );
        })}
      </g>
      {axes.map((axis, i) => {
        const [x, y] = handlePoints[i] ?? [0, 0];
        return (
          <ScoreHandle
            key={axis.id}
            axisId={axis.id}
            axisIndex={i}
            x={x}
            y={y}
            value={values[i]}
            label={axis.label}
            valueText={valueTexts[i] ?? ""}
            focused={focusedIndex === i}
            dragging={dragIndex === i}
          />
        );
      })}
    </g>
  );
}
