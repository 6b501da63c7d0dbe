import { memo } from "react";
import type { RadarGeometry } from "@/lib/chart/geometry";
import { polygonPath } from "@/lib/chart/paths";
import { CHART_COLORS } from "./chart-theme";

/**
 * What a drag snaps to, drawn while dragging: the ring of the level under the finger highlighted, the dragged
 * axis emphasised, and the level's number in a badge beside the handle, set off to the side so a finger on the
 * handle does not hide it. Rendered when a drag starts; the level changes are painted (live-paint.ts).
 */
export const DragFeedback = memo(function DragFeedback({
  geometry,
  axisIndex,
  level,
}: {
  readonly geometry: RadarGeometry;
  readonly axisIndex: number;
  readonly level: number;
}) {
  const { ring, bx, by, ex, ey } = feedbackShape(geometry, axisIndex, level);
  // During a drag, level changes are painted into the parts marked data-part (live-paint.ts), not re-rendered.
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="drag-feedback" data-level={level}>
      <line x1={0} y1={0} x2={ex} y2={ey} stroke={CHART_COLORS.snap} strokeOpacity={0.3} strokeWidth={6} strokeLinecap="round" />
      <path data-part="ring" d={ring} fill="none" stroke={CHART_COLORS.snap} strokeWidth={1.5} strokeDasharray="4 3" />
      <circle data-part="badge" cx={bx} cy={by} r={11} fill={CHART_COLORS.snap} />
      <text data-part="number" x={bx} y={by} fill={CHART_COLORS.surface} fontSize={13} fontWeight={700} textAnchor="middle" dominantBaseline="central">
        {level}
      </text>
    </g>
  );
});

/** Where the feedback for a level on an axis is drawn: the highlighted ring, the badge beside the handle, the axis end. */
export function feedbackShape(geometry: RadarGeometry, axisIndex: number, level: number) {
  const [x, y] = geometry.pointAt(axisIndex, level);
  const angle = geometry.axisAngle(axisIndex);
  // Perpendicular to the axis (clockwise side), 26 units off the handle.
  const bx = x + 26 * Math.cos(angle);
  const by = y + 26 * Math.sin(angle);
  const [ex, ey] = geometry.pointAt(axisIndex, 5);
  return { ring: polygonPath(geometry.ringPoints(level)), bx, by, ex, ey };
}
