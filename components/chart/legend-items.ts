import type { LayerVisibility } from "./chart-layers";
import type { LegendItem } from "./chart-legend";
import { CASE_STYLES, CHART_COLORS, EARLIER_STYLE, PROFILE_STYLES, sectorStyle, type LineStyle } from "./chart-theme";
import type { SpiderChartLabels } from "./chart-types";
import type { ChartData } from "./use-chart-data";
import type { SwatchKind } from "./legend-swatch";

const MINE_STYLE: LineStyle = { color: CHART_COLORS.mine, dash: "", marker: "circle", width: 2.5 };
const line = (style: LineStyle): SwatchKind => ({ kind: "line", style });

/** The legend's toggles for the layers that have data now, in drawing order (bottom to top, then my own). */
export function legendItems(
  data: Pick<ChartData, "group" | "reference" | "sectors" | "cases" | "earlier"> & { readonly individuals: readonly unknown[] },
  labels: SpiderChartLabels,
  profile: "baseline" | "target",
  has: { readonly mine: boolean; readonly ghosts: boolean },
): LegendItem[] {
  const own = PROFILE_STYLES[profile];
  const other = PROFILE_STYLES[profile === "baseline" ? "target" : "baseline"];
  const items: LegendItem[] = [];
  if (has.mine) items.push({ id: "mine", label: labels.mine, swatch: line(MINE_STYLE) });
  if (data.group) {
    items.push({ id: "median", label: labels.median, swatch: line(own) });
    items.push({ id: "spread", label: labels.spread, swatch: { kind: "band", color: own.color, opacity: 0.16 } });
    items.push({ id: "range", label: labels.range, swatch: { kind: "band", color: own.color, opacity: 0.07 } });
  }
  if (data.reference) items.push({ id: "reference", label: labels.reference, swatch: line(other) });
  if (data.sectors.length > 0) {
    items.push({
      id: "sectors",
      label: labels.sectors,
      swatch: line(sectorStyle("public", 0)),
      entries: data.sectors.map((s, i) => ({ id: s.id, label: s.label, swatch: line(sectorStyle(s.id, i)) })),
    });
  }
  if (data.individuals.length > 0) items.push({ id: "individuals", label: labels.individuals, swatch: { kind: "individuals" } });
  if (data.earlier) items.push({ id: "earlier", label: data.earlier.label, swatch: line(EARLIER_STYLE) });
  if (data.cases.length > 0) {
    items.push({
      id: "cases",
      label: labels.cases,
      swatch: line(CASE_STYLES[0] ?? EARLIER_STYLE),
      entries: data.cases.map((c, i) => ({
        id: c.id,
        label: `${c.label} (${labels.illustrative})`,
        swatch: line(CASE_STYLES[i % CASE_STYLES.length] ?? EARLIER_STYLE),
      })),
    });
  }
  // Listed whenever ghosts can appear (not only while someone drags), so the legend does not jump.
  if (has.ghosts) items.push({ id: "ghosts", label: labels.ghosts, swatch: { kind: "ghost" } });
  return items;
}

/** The rows of an exported file's key: every visible layer, sectors and cases one by one. */
export function exportRows(items: readonly LegendItem[], layers: LayerVisibility): { id: string; label: string; swatch: SwatchKind }[] {
  return items
    .filter((item) => layers[item.id] && item.id !== "ghosts")
    .flatMap((item) => (item.entries && item.entries.length > 0 ? item.entries.map((e) => ({ ...e, id: `${item.id}-${e.id}` })) : [item]));
}
