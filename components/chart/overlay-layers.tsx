import { memo } from "react";
import type { RadarGeometry } from "@/lib/chart/geometry";
import type { LayerVisibility } from "./chart-layers";
import { CASE_STYLES, EARLIER_STYLE, PROFILE_STYLES, sectorStyle } from "./chart-theme";
import { ProfileLine } from "./profile-line";
import type { ChartData } from "./use-chart-data";

/**
 * The reference lines under the group: the illustrative cases (faintest), an earlier assessment, the sector
 * medians and the other profile's median — each in its own colour, dash and marker (chart-theme).
 */
export const OverlayLayers = memo(function OverlayLayers({
  geometry,
  data,
  layers,
  profile,
  scale,
}: {
  readonly geometry: RadarGeometry;
  readonly data: Pick<ChartData, "cases" | "earlier" | "sectors" | "reference">;
  readonly layers: LayerVisibility;
  readonly profile: "baseline" | "target";
  readonly scale: number;
}) {
  const other = profile === "baseline" ? "target" : "baseline";
  return (
    <>
      {layers.cases &&
        data.cases.map((c, i) => (
          <ProfileLine key={c.id} geometry={geometry} values={c.values} style={CASE_STYLES[i % CASE_STYLES.length] ?? EARLIER_STYLE} scale={scale} testId={`case-polygon-${c.id}`} />
        ))}
      {layers.earlier && data.earlier && (
        <ProfileLine geometry={geometry} values={data.earlier.values} style={EARLIER_STYLE} scale={scale} testId="earlier-polygon" />
      )}
      {layers.sectors &&
        data.sectors.map((s, i) => (
          <ProfileLine key={s.id} geometry={geometry} values={s.values} style={sectorStyle(s.id, i)} scale={scale} testId={`sector-polygon-${s.id}`} />
        ))}
      {layers.reference && data.reference && (
        <ProfileLine geometry={geometry} values={data.reference} style={PROFILE_STYLES[other]} scale={scale} testId="reference-polygon" faint />
      )}
    </>
  );
});
