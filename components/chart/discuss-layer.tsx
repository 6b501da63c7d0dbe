import { memo } from "react";
import { LEVEL_MAX, type RadarGeometry } from "@/lib/chart/geometry";
import { CHART_COLORS } from "./chart-theme";

/**
 * The disagreement cue on the chart (facilitator, revealed only): a red wash along each widely disputed axis and
 * a "!" badge just outside ring 5, so the cue is a shape as well as a colour. The list of names is in the caption.
 */
export const DiscussLayer = memo(function DiscussLayer({
  geometry,
  axes,
  scale,
}: {
  readonly geometry: RadarGeometry;
  readonly axes: readonly number[];
  readonly scale: number;
}) {
  const r = 7 * scale;
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="discuss-layer">
      {axes.map((i) => {
        const [x, y] = geometry.pointAt(i, LEVEL_MAX);
        const [bx, by] = geometry.pointAt(i, LEVEL_MAX + 0.3);
        return (
          <g key={i} data-testid="discuss-axis" data-axis-index={i}>
            <line x1={0} y1={0} x2={x} y2={y} stroke={CHART_COLORS.discuss} strokeOpacity={0.14} strokeWidth={18 * scale} strokeLinecap="round" />
            <circle cx={bx} cy={by} r={r} fill={CHART_COLORS.discuss} stroke={CHART_COLORS.surface} strokeWidth={1.5} />
            <text x={bx} y={by} fill={CHART_COLORS.surface} fontSize={11 * scale} fontWeight={700} textAnchor="middle" dominantBaseline="central">
              !
            </text>
          </g>
        );
      })}
    </g>
  );
});
