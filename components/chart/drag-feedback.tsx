import { memo } from "react";
import type { RadarGeometry } from "@/lib/chart/geometry";
import { polygonPath } from "@/lib/chart/paths";
import { CHART_COLORS } from "./chart-theme";

/**
 * What a drag snaps to, drawn while dragging: the ring of the level under the finger highlighted, the dragged
 * axis emphasised, and the level's number in a badge beside the handle, set off to the side so a finger on the
 * handle does not hide it. Its props are primitives, so it re-renders only when the snapped level changes.
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
  const [x, y] = geometry.pointAt(axisIndex, level);
  const angle = geometry.axisAngle(axisIndex);
  // Perpendicular to the axis (clockwise side), 26 units off the handle.
  const bx = x + 26 * Math.cos(angle);
  const by = y + 26 * Math.sin(angle);
  const [ex, ey] = geometry.pointAt(axisIndex, 5);
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="drag-feedback" data-level={level}>
      <line x1={0} y1={0} x2={ex} y2={ey} stroke={CHART_COLORS.snap} strokeOpacity={0.3} strokeWidth={6} strokeLinecap="round" />
      <path d={polygonPath(geometry.ringPoints(level))} fill="none" stroke={CHART_COLORS.snap} strokeWidth={1.5} strokeDasharray="4 3" />
      <circle cx={bx} cy={by} r={11} fill={CHART_COLORS.snap} />
      <text x={bx} y={by} fill={CHART_COLORS.surface} fontSize={13} fontWeight={700} textAnchor="middle" dominantBaseline="central">
        {level}
      </text>
    </g>
  );
});
