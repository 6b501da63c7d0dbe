import { memo } from "react";
import { profileOutline, type RadarGeometry } from "@/lib/chart/geometry";
import { outlinePath } from "@/lib/chart/paths";
import { CHART_COLORS } from "./chart-theme";
import type { IndividualLine } from "./use-chart-data";

interface IndividualPathProps {
  readonly geometry: RadarGeometry;
  readonly values: readonly (number | undefined)[];
}

const sameValues = (a: IndividualPathProps, b: IndividualPathProps): boolean =>
  a.geometry === b.geometry && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

/** One person's polygon; re-renders only when their own values change (a remote update touches one of 200). */
const IndividualPath = memo(function IndividualPath({ geometry, values }: IndividualPathProps) {
  return <path d={outlinePath(profileOutline(geometry, values))} />;
}, sameValues);

/**
 * Everybody's revealed ratings (non-anonymous workshops), as faint thin lines under the group: where lines
 * overlap the shade deepens, which shows clusters of opinion that a median hides.
 */
export const IndividualsLayer = memo(function IndividualsLayer({
  geometry,
  lines,
  scale,
}: {
  readonly geometry: RadarGeometry;
  readonly lines: readonly IndividualLine[];
  readonly scale: number;
}) {
  return (
    <g
      aria-hidden="true"
      pointerEvents="none"
      data-testid="individuals-layer"
      fill="none"
      stroke={CHART_COLORS.individual}
      strokeOpacity={0.22}
      strokeWidth={scale}
      strokeLinejoin="round"
    >
      {lines.map((line) => (
        <IndividualPath key={line.id} geometry={geometry} values={line.values} />
      ))}
    </g>
  );
});
