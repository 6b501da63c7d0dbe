import { memo } from "react";
import { LEVEL_MAX } from "@/lib/chart/geometry";
import { CHART_COLORS, CHART_SIZES } from "./chart-theme";

interface ScoreHandleProps {
  readonly axisId: string;
  readonly axisIndex: number;
  readonly x: number;
  readonly y: number;
  /** 1–5, 0 = not assessed, undefined = not rated yet. */
  readonly value: number | undefined;
  /** The dimension's full label: the slider's accessible name. */
  readonly label: string;
  readonly valueText: string;
  readonly focused: boolean;
  readonly dragging: boolean;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** A handle's transform for its point (also written by live-paint.ts during a drag: one format for both). */
export const handleTransform = (x: number, y: number): string => `translate(${round(x)} ${round(y)})`;

/**
 * One draggable score as an ARIA slider (0–5). Keys and pointers are handled once by the handle layer (event
 * delegation through `data-axis-index`), so this stays a memoised leaf with primitive props: during a drag only
 * the dragged handle re-renders when a drag starts or ends (level changes within a drag are painted by live-paint.ts). Rated handles are filled circles; "not rated" is hollow and "not assessed" is
 * hollow and struck through, both parked just off the centre so they can still be grabbed.
 */
export const ScoreHandle = memo(function ScoreHandle(props: ScoreHandleProps) {
  const { axisId, axisIndex, x, y, value, label, valueText, focused, dragging } = props;
  const rated = value !== undefined && value > 0;
  const r = rated ? CHART_SIZES.handle + (dragging ? 2 : 0) : CHART_SIZES.parkedHandle;
  const stroke = value === 0 ? CHART_COLORS.notAssessed : CHART_COLORS.mine;
  return (
    <g
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={LEVEL_MAX}
      aria-valuenow={value ?? 0}
      aria-valuetext={valueText}
      data-testid={`handle-${axisId}`}
      data-axis-index={axisIndex}
      data-value={value ?? ""}
      transform={handleTransform(x, y)}
      className={`outline-none ${dragging ? "cursor-grabbing" : "cursor-grab"}`}
      style={{ touchAction: "none" }}
    >
      <circle r={CHART_SIZES.hitRadius} fill="transparent" />
      {focused && <circle r={r + 5} fill="none" stroke={CHART_COLORS.focus} strokeWidth={2.5} />}
      {rated ? (
        <circle r={r} fill={CHART_COLORS.mine} stroke={CHART_COLORS.surface} strokeWidth={2} />
      ) : (
        <circle r={r} fill={CHART_COLORS.surface} stroke={stroke} strokeWidth={2} />
      )}
      {value === 0 && (
        <line x1={-r * 0.7} y1={r * 0.7} x2={r * 0.7} y2={-r * 0.7} stroke={stroke} strokeWidth={2} />
      )}
    </g>
  );
});
