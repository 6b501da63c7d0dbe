/** One dimension's revealed numbers as the summary needs them. */
export interface SummaryAggregate {
  readonly n: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
}

/** What the chart's text summary says, as dimension ids; the caller words it in the reader's language. */
export interface ChartSummary {
  /** My numeric ratings (1–5) and "not assessed" answers, out of `total` dimensions. */
  readonly rated: number;
  readonly total: number;
  /** False before reveal: then only my own numbers are summarised (the blind rule). */
  readonly revealed: boolean;
  /** Dimensions with the narrowest interquartile range (ties all listed); empty when fewer than two ratings anywhere. */
  readonly agreement: readonly string[];
  /** Dimensions with the widest interquartile range, when it is wider than the narrowest. */
  readonly disagreement: readonly string[];
  /** Where my rating is above, below or at the group median. */
  readonly above: readonly string[];
  readonly below: readonly string[];
  readonly same: readonly string[];
}

/**
 * Summarises a chart for people who cannot see it: how much I rated and, only once the group is revealed,
 * where the group agrees most and least (by interquartile range, among dimensions with ≥ 2 numeric ratings)
 * and how my ratings compare with the median. Pure and order-preserving (axis order), so it reads like the chart.
 */
export function summariseChart(
  dimensionIds: readonly string[],
  mine: Readonly<Record<string, number>>,
  group: Readonly<Record<string, SummaryAggregate>> | null | undefined,
): ChartSummary {
  const rated = dimensionIds.filter((id) => mine[id] !== undefined).length;
  const base = { rated, total: dimensionIds.length };
  if (!group) return { ...base, revealed: false, agreement: [], disagreement: [], above: [], below: [], same: [] };

  const spreads = dimensionIds.flatMap((id) => {
    const a = group[id];
    return a && a.n >= 2 && a.q1 !== null && a.q3 !== null ? [{ id, iqr: a.q3 - a.q1 }] : [];
  });
  const low = Math.min(...spreads.map((s) => s.iqr));
  const high = Math.max(...spreads.map((s) => s.iqr));
  const agreement = spreads.filter((s) => s.iqr === low).map((s) => s.id);
  const disagreement = high > low ? spreads.filter((s) => s.iqr === high).map((s) => s.id) : [];

  const compared = (test: (mineValue: number, median: number) => boolean): string[] =>
    dimensionIds.filter((id) => {
      const value = mine[id];
      const median = group[id]?.median;
      return value !== undefined && value > 0 && typeof median === "number" && test(value, median);
    });
  return {
    ...base,
    revealed: true,
    agreement,
    disagreement,
    above: compared((v, m) => v > m),
    below: compared((v, m) => v < m),
    same: compared((v, m) => v === m),
  };
}
