import { memo } from "react";
import { isPlottable, profileOutline, type RadarGeometry } from "@/lib/chart/geometry";
import { bandPath, outlinePath } from "@/lib/chart/paths";
import { CHART_COLORS } from "./chart-theme";

interface GroupLayerProps {
  readonly geometry: RadarGeometry;
  /** Per axis, in axis order; null where no one gave a number. */
  readonly median: readonly (number | null)[];
  readonly q1: readonly (number | null)[];
  readonly q3: readonly (number | null)[];
}

/**
 * The revealed group: the interquartile band (the ring between the q1 and q3 polygons) under a dashed median
 * polygon. Memoised on value arrays that the chart keeps referentially stable, so drags skip it. It fades in on
 * reveal unless the user prefers reduced motion.
 */
export const GroupLayer = memo(function GroupLayer({ geometry, median, q1, q3 }: GroupLayerProps) {
  const outline = profileOutline(geometry, median);
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      className="opacity-100 motion-safe:transition-opacity motion-safe:duration-500 motion-safe:starting:opacity-0"
    >
      <path d={bandPath(geometry, q1, q3)} fill={CHART_COLORS.band} fillOpacity={0.16} fillRule="evenodd" />
      <path
        data-testid="median-polygon"
        d={outlinePath(outline)}
        fill="none"
        stroke={CHART_COLORS.median}
        strokeWidth={2.5}
        strokeDasharray="7 4"
        strokeLinejoin="round"
      />
      {median.map((value, i) => {
        if (!isPlottable(value)) return null;
        const [x, y] = geometry.pointAt(i, value);
        // Square markers (mine are circles) tell the two apart without colour, and show lone medians.
        return <rect key={i} x={x - 3.5} y={y - 3.5} width={7} height={7} fill={CHART_COLORS.median} />;
      })}
    </g>
  );
});
