import { memo } from "react";
import { LEVEL_MAX, LEVELS, type RadarGeometry } from "@/lib/chart/geometry";
import { polygonPath } from "@/lib/chart/paths";
import { CHART_COLORS } from "./chart-theme";


/**
 * What a drag snaps to, drawn while dragging: the ring of the level under the finger highlighted, the dragged
 * axis emphasised, and the level's number in a badge beside the handle, set off to the side so a finger on the
 * handle does not hide it. Rendered when a drag starts, with the ring and badge of every level, only the level
 * under the finger opaque: a snap shows another level's group (live-paint.ts), an opacity change that needs no
 * path, text or layout work (docs/decisions/011-chart-hot-path.md §12).
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
  const [ex, ey] = geometry.pointAt(axisIndex, LEVEL_MAX);
  // During a drag, a level change toggles the groups marked data-for-level (live-paint.ts), not re-rendered.
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="drag-feedback" data-level={level}>
      <line x1={0} y1={0} x2={ex} y2={ey} stroke={CHART_COLORS.snap} strokeOpacity={0.3} strokeWidth={6} strokeLinecap="round" />
      {LEVELS.map((l) => {
        const { ring, bx, by } = feedbackShape(geometry, axisIndex, l);
        return (
          <g key={l} data-for-level={l} opacity={l === level ? 1 : 0}>
            <path d={ring} fill="none" stroke={CHART_COLORS.snap} strokeWidth={1.5} strokeDasharray="4 3" />
            <circle cx={bx} cy={by} r={11} fill={CHART_COLORS.snap} />
            <text x={bx} y={by} fill={CHART_COLORS.surface} fontSize={13} fontWeight={700} textAnchor="middle" dominantBaseline="central">
              {l}
            </text>
          </g>
        );
      })}
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
