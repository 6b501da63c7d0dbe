import { useLayoutEffect, useRef } from "react";
import type { RadarGeometry } from "@/lib/chart/geometry";
import { describeValue, type ValueTextLabels } from "@/lib/chart/value-text";
import type { SpiderChartAxis } from "./chart-types";
import { DragFeedback } from "./drag-feedback";
import { useDragAxis, type DragStore } from "./drag-store";
import { HandleLayer, handlePoint } from "./handle-layer";
import { displayedValues, findLiveParts, paintLive, type LivePaintInput } from "./live-paint";
import { MyProfile } from "./my-profile";

interface LiveLayerProps {
  readonly store: DragStore;
  readonly geometry: RadarGeometry;
  readonly axes: readonly SpiderChartAxis[];
  /** My stored values per axis (the drag overrides the dragged one until release). */
  readonly stored: readonly (number | undefined)[];
  readonly showMine: boolean;
  /** Handles are drawn (an editable chart); otherwise my polygon only. */
  readonly editable: boolean;
  readonly scale: number;
  readonly labels: ValueTextLabels;
  readonly focusedIndex: number | null;
  readonly onValue: (axisIndex: number, value: number) => void;
  readonly onFocusIndex: (axisIndex: number | null) => void;
  readonly pointer: Parameters<typeof HandleLayer>[0]["pointer"];
}

/**
 * The part of the chart a drag changes — my polygon, the snap feedback and the handles. It re-renders when a drag
 * starts or ends (useDragAxis); a change of level within a drag runs no React: a store listener paints it straight
 * into this layer's DOM (live-paint.ts), and every render is followed by the same painting, so the DOM and React
 * always agree (docs/decisions/011-chart-hot-path.md).
 */
export function LiveLayer(props: LiveLayerProps) {
  const { store, geometry, axes, stored, showMine, editable, scale, labels } = props;
  const rootRef = useRef<SVGGElement>(null);
  const dragAxis = useDragAxis(store);
  // The level at render time (a render happens when a drag starts; later levels are painted).
  const drag = dragAxis === null ? null : store.get();
  const values = displayedValues({ stored, drag });
  const input: LivePaintInput = { geometry, axes, stored, drag: null, labels };
  const latest = useRef(input);
  useLayoutEffect(() => {
    latest.current = input;
  });
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    // The elements a snap writes to, found once per render (the structure only changes when React renders).
    const parts = findLiveParts(root, axes.length);
    const paint = (only: number | null) => paintLive(parts, { ...latest.current, drag: store.get() }, only);
    paint(null);
    return store.subscribe(() => paint(store.get()?.axisIndex ?? null));
  });
  return (
    <g ref={rootRef}>
      {/* The dragged handle covers its dot wherever it goes: leaving the dot out saves moving it on every snap. */}
      {showMine && <MyProfile geometry={geometry} values={values} dots scale={scale} skipDot={editable ? dragAxis : null} />}
      {drag && (
        <g data-export="skip">
          <DragFeedback geometry={geometry} axisIndex={drag.axisIndex} level={drag.level} />
        </g>
      )}
      {editable && (
        <HandleLayer
          geometry={geometry}
          axes={axes}
          values={values}
          handlePoints={values.map((v, i) => handlePoint(geometry, i, v))}
          valueTexts={axes.map((a, i) => describeValue(values[i], a.levels, labels))}
          focusedIndex={props.focusedIndex}
          dragIndex={dragAxis}
          onValue={props.onValue}
          onFocusIndex={props.onFocusIndex}
          pointer={props.pointer}
        />
      )}
    </g>
  );
}
