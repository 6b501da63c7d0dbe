import { memo } from "react";
import { isPlottable, profileOutline, type RadarGeometry } from "@/lib/chart/geometry";
import { isStrokedMarker, markerPath } from "@/lib/chart/markers";
import { outlinePath } from "@/lib/chart/paths";
import { CHART_SIZES, type LineStyle } from "./chart-theme";

interface ProfileLineProps {
  readonly geometry: RadarGeometry;
  /** Per axis, in axis order; null/undefined/0 are gaps. */
  readonly values: readonly (number | null | undefined)[];
  readonly style: LineStyle;
  /** Line and marker scale (1, or larger in the projector view). */
  readonly scale: number;
  readonly testId?: string;
  /** Drawn thinner and lighter (e.g. the other profile's median as a reference). */
  readonly faint?: boolean;
}

/**
 * One reference profile as a line with a marker on each rated axis — the other profile's median, a sector's
 * median, a case or an earlier assessment. All markers are one path, so a layer stays two DOM nodes however
 * many axes it has. Memoised: arrays from useChartData are stable while their content is.
 */
export const ProfileLine = memo(function ProfileLine({ geometry, values, style, scale, testId, faint }: ProfileLineProps) {
  const d = outlinePath(profileOutline(geometry, values));
  const size = CHART_SIZES.marker * scale;
  const markers = values
    .map((v, i) => (isPlottable(v) ? markerPath(style.marker, ...geometry.pointAt(i, v), size) : ""))
    .join("");
  const stroked = isStrokedMarker(style.marker);
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid={testId} opacity={faint ? 0.8 : 1}>
      <path
        d={d}
        fill="none"
        stroke={style.color}
        strokeWidth={style.width * scale * (faint ? 0.8 : 1)}
        strokeDasharray={style.dash || undefined}
        strokeLinejoin="round"
        className="motion-safe:[transition:d_400ms_ease-out]"
      />
      <path
        d={markers}
        fill={stroked ? "none" : style.color}
        stroke={stroked ? style.color : "none"}
        strokeWidth={stroked ? 2 * scale : undefined}
      />
    </g>
  );
});
