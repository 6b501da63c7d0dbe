import { memo } from "react";
import { isPlottable, profileOutline, type RadarGeometry } from "@/lib/chart/geometry";
import { outlinePath } from "@/lib/chart/paths";
import { CHART_COLORS, CHART_SIZES } from "./chart-theme";

interface MyProfileProps {
  readonly geometry: RadarGeometry;
  /** Per axis, in axis order: 1–5, 0 = not assessed, undefined = not rated. */
  readonly values: readonly (number | undefined)[];
  /** Draw a dot per rated axis (under the handles when editable; what marks the vertices in a read-only chart or an export). */
  readonly dots: boolean;
  /** Line scale (1, or larger in the projector view). */
  readonly scale?: number;
  /** An axis whose dot is left out: the one being dragged, whose handle covers its dot wherever it goes. */
  readonly skipDot?: number | null;
}

/**
 * The participant's own polygon: filled when every axis is rated; with gaps, the rated runs as open lines (0 and
 * unrated are gaps, not the centre — see lib/chart/geometry's ProfileOutline).
 */
export const MyProfile = memo(MyProfileView, (a, b) =>
  a.geometry === b.geometry && a.dots === b.dots && a.scale === b.scale && a.skipDot === b.skipDot && a.values.length === b.values.length &&
  a.values.every((v, i) => v === b.values[i]),
);

function MyProfileView({ geometry, values, dots, scale = 1, skipDot = null }: MyProfileProps) {
  const outline = profileOutline(geometry, values);
  return (
    <g aria-hidden="true" pointerEvents="none">
      <path
        data-testid="mine-polygon"
        d={outlinePath(outline)}
        fill={outline.closed ? CHART_COLORS.mineFill : "none"}
        fillOpacity={0.12}
        stroke={CHART_COLORS.mine}
        strokeWidth={2.5 * scale}
        strokeLinejoin="round"
      />
      {dots &&
        values.map((value, i) => {
          if (!isPlottable(value) || i === skipDot) return null;
          const [x, y] = geometry.pointAt(i, value);
          return <circle key={i} data-dot={i} cx={x} cy={y} r={(CHART_SIZES.handle - 4) * scale} fill={CHART_COLORS.mine} />;
        })}
    </g>
  );
}
