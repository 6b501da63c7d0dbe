import { memo } from "react";
import type { RadarGeometry } from "@/lib/chart/geometry";
import { bandPath } from "@/lib/chart/paths";
import { type LineStyle } from "./chart-theme";
import { ProfileLine } from "./profile-line";
import type { GroupArrays } from "./use-chart-data";

interface GroupLayerProps {
  readonly geometry: RadarGeometry;
  readonly values: GroupArrays;
  /** The rated profile's median style (baseline and target differ). */
  readonly style: LineStyle;
  readonly scale: number;
  readonly showMedian: boolean;
  readonly showSpread: boolean;
  readonly showRange: boolean;
}

/**
 * The revealed group: the min–max band (lightest), the interquartile band (the ring between the q1 and q3
 * polygons) and the median line with its markers. Memoised on arrays that useChartData keeps stable, so a drag
 * skips it. It fades in on reveal and its outlines morph on change, unless the user prefers reduced motion.
 */
export const GroupLayer = memo(function GroupLayer(props: GroupLayerProps) {
  const { geometry, values, style, scale, showMedian, showSpread, showRange } = props;
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      className="opacity-100 motion-safe:transition-opacity motion-safe:duration-500 motion-safe:starting:opacity-0"
    >
      {showRange && (
        <path
          data-testid="range-band"
          d={bandPath(geometry, values.min, values.max)}
          fill={style.color}
          fillOpacity={0.07}
          stroke={style.color}
          strokeOpacity={0.35}
          strokeWidth={0.75 * scale}
          fillRule="evenodd"
        />
      )}
      {showSpread && (
        <path
          data-testid="spread-band"
          d={bandPath(geometry, values.q1, values.q3)}
          fill={style.color}
          fillOpacity={0.16}
          fillRule="evenodd"
          className="motion-safe:[transition:d_400ms_ease-out]"
        />
      )}
      {showMedian && <ProfileLine geometry={geometry} values={values.median} style={style} scale={scale} testId="median-polygon" />}
    </g>
  );
});
