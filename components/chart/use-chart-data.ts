import { useMemo } from "react";
import type { ChartGhost, GroupValues, IndividualSheet, ProfileOverlay, SpiderChartProps } from "./chart-types";

type Nullable = number | null;

/** The group's numbers per axis, in axis order (null where no one gave a number). */
export interface GroupArrays {
  readonly median: readonly Nullable[];
  readonly q1: readonly Nullable[];
  readonly q3: readonly Nullable[];
  readonly min: readonly Nullable[];
  readonly max: readonly Nullable[];
}

/** A reference line per axis, in axis order. */
export interface OverlayLine {
  readonly id: string;
  readonly label: string;
  readonly values: readonly Nullable[];
}

/** One individual's values per axis. */
export interface IndividualLine {
  readonly id: string;
  readonly values: readonly (number | undefined)[];
}

/** A ghost resolved to an axis index. */
export interface GhostPoint {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly axisIndex: number;
  readonly level: number;
}

/** Everything the layers draw, per axis and referentially stable while the content is equal. */
export interface ChartData {
  readonly group: GroupArrays | null;
  readonly reference: readonly Nullable[] | null;
  readonly sectors: readonly OverlayLine[];
  readonly cases: readonly OverlayLine[];
  readonly earlier: OverlayLine | null;
  readonly individuals: readonly IndividualLine[];
  readonly ghosts: readonly GhostPoint[];
  readonly discuss: readonly number[];
}

const EMPTY: readonly never[] = [];

const groupKeyOf = (ids: readonly string[], group: Readonly<Record<string, GroupValues>> | null | undefined): string | null =>
  group ? JSON.stringify(ids.map((id) => group[id] ?? null)) : null;

const overlaysKeyOf = (ids: readonly string[], overlays: readonly ProfileOverlay[] | undefined): string =>
  JSON.stringify((overlays ?? []).map((o) => [o.id, o.label, ids.map((id) => o.values[id] ?? null)]));

/**
 * Turns the chart's keyed props into per-axis arrays for the layers. Parents often pass equal but new objects
 * on every render (results parsed afresh); content keys keep the arrays — and so the memoised layers — stable.
 * Individual sheets are keyed by reference instead (200 × 8 values would cost more to stringify than to compare).
 */
export function useChartData(axisIds: readonly string[], props: SpiderChartProps): ChartData {
  const idsKey = axisIds.join("|");
  const { group: g, reference: r, sectors: s, cases: c, earlier: e, ghosts: gh, discuss: d, individuals } = props;
  // Keys are recomputed only when a prop's reference changes (cheap renders while only one layer moves).
  const groupKey = useMemo(() => groupKeyOf(idsKey.split("|"), g), [idsKey, g]);
  const referenceKey = useMemo(() => groupKeyOf(idsKey.split("|"), r), [idsKey, r]);
  const sectorsKey = useMemo(() => overlaysKeyOf(idsKey.split("|"), s), [idsKey, s]);
  const casesKey = useMemo(() => overlaysKeyOf(idsKey.split("|"), c), [idsKey, c]);
  const earlierKey = useMemo(() => (e ? overlaysKeyOf(idsKey.split("|"), [{ id: "earlier", ...e }]) : null), [idsKey, e]);
  const ghostsKey = useMemo(() => JSON.stringify(gh ?? EMPTY), [gh]);
  const discussKey = (d ?? EMPTY).join("|");

  const group = useMemo(() => {
    if (groupKey === null) return null;
    const rows = JSON.parse(groupKey) as (Partial<Record<keyof GroupArrays, Nullable>> | null)[];
    const pick = (k: keyof GroupArrays): Nullable[] => rows.map((r) => r?.[k] ?? null);
    return { median: pick("median"), q1: pick("q1"), q3: pick("q3"), min: pick("min"), max: pick("max") };
  }, [groupKey]);
  const reference = useMemo(() => {
    if (referenceKey === null) return null;
    return (JSON.parse(referenceKey) as ({ median?: Nullable } | null)[]).map((r) => r?.median ?? null);
  }, [referenceKey]);
  const sectors = useMemo(() => parseOverlays(sectorsKey), [sectorsKey]);
  const cases = useMemo(() => parseOverlays(casesKey), [casesKey]);
  const earlier = useMemo(() => (earlierKey === null ? null : (parseOverlays(earlierKey)[0] ?? null)), [earlierKey]);
  const individualLines = useMemo(() => {
    // The axis ids once, not once per person (200 sheets on every results update).
    const ids = idsKey.split("|");
    return (individuals ?? EMPTY).map((s: IndividualSheet) => ({ id: s.id, values: ids.map((id) => s.values[id]) }));
  }, [individuals, idsKey]);
  const ghosts = useMemo(() => {
    const ids = idsKey.split("|");
    return (JSON.parse(ghostsKey) as ChartGhost[]).flatMap((g) => {
      const axisIndex = ids.indexOf(g.dimensionId);
      return axisIndex < 0 ? [] : [{ id: g.id, name: g.name, color: g.color, axisIndex, level: g.level }];
    });
  }, [ghostsKey, idsKey]);
  const discuss = useMemo(() => {
    const ids = idsKey.split("|");
    return discussKey === "" ? [] : discussKey.split("|").map((id) => ids.indexOf(id)).filter((i) => i >= 0);
  }, [discussKey, idsKey]);

  return useMemo(
    () => ({ group, reference, sectors, cases, earlier, individuals: individualLines, ghosts, discuss }),
    [group, reference, sectors, cases, earlier, individualLines, ghosts, discuss],
  );
}

function parseOverlays(key: string): OverlayLine[] {
  return (JSON.parse(key) as [string, string, Nullable[]][]).map(([id, label, values]) => ({ id, label, values }));
}
