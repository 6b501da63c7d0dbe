import { memo } from "react";
import { PARK_LEVEL, type RadarGeometry } from "@/lib/chart/geometry";
import { CHART_COLORS, CHART_SIZES } from "./chart-theme";
import type { GhostPoint } from "./use-chart-data";

/**
 * Other people's drags in progress (revealed results only): a small translucent marker in each person's colour
 * on the level under their finger, with their name as a tooltip. Markers glide between levels with a CSS
 * transform transition (none under prefers-reduced-motion). Never part of the stored data.
 */
export const GhostLayer = memo(function GhostLayer({
  geometry,
  ghosts,
  scale,
}: {
  readonly geometry: RadarGeometry;
  readonly ghosts: readonly GhostPoint[];
  readonly scale: number;
}) {
  const r = CHART_SIZES.ghost * scale;
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="ghost-layer">
      {ghosts.map((g) => {
        const [x, y] = geometry.pointAt(g.axisIndex, g.level > 0 ? g.level : PARK_LEVEL);
        return (
          <g
            key={g.id}
            data-testid="drag-ghost"
            data-dimension-index={g.axisIndex}
            data-level={g.level}
            transform={`translate(${x.toFixed(2)} ${y.toFixed(2)})`}
          >
            <title>{g.name}</title>
            <circle r={r + 2} fill={CHART_COLORS.surface} fillOpacity={0.6} />
            <circle r={r} fill={g.color} fillOpacity={0.45} stroke={g.color} strokeWidth={1.5 * scale} strokeDasharray="3 2" />
          </g>
        );
      })}
    </g>
  );
});
