/** The numbers the disagreement cue looks at: a {@link import("../workshop/scores").DimensionAggregate} fits. */
export interface SpreadInput {
  readonly n: number;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Interquartile range at or above which a dimension is flagged: the middle half of the group spans ≥ 2 levels. */
export const WIDE_IQR = 2;
/** In groups this small the quartiles interpolate between too few answers, so the full range is used as well. */
export const SMALL_GROUP = 4;
/** Range (max − min) at or above which a small group is flagged, e.g. "2" against "5". */
export const WIDE_RANGE_SMALL_GROUP = 3;

/**
 * True when a dimension's ratings disagree enough to be worth discussing: at least two numeric ratings, and an
 * interquartile range of ≥ 2 levels — or, in groups of ≤ 4, a range of ≥ 3 levels. The IQR ignores a lone
 * outlier in a larger group (one "1" among twenty "4"s is a conversation with one person, not a split room), while
 * in a tiny group R-7 quartiles shrink towards the median and would hide an obvious 2-versus-5 split.
 */
export function isWideSpread(agg: SpreadInput | null | undefined): boolean {
  if (!agg || agg.n < 2) return false;
  if (agg.q1 !== null && agg.q3 !== null && agg.q3 - agg.q1 >= WIDE_IQR) return true;
  return agg.n <= SMALL_GROUP && agg.min !== null && agg.max !== null && agg.max - agg.min >= WIDE_RANGE_SMALL_GROUP;
}

/** The dimensions (in the given order) whose revealed ratings disagree widely; none while results are hidden. */
export function dimensionsToDiscuss(
  dimensionIds: readonly string[],
  group: Readonly<Record<string, SpreadInput>> | null | undefined,
): string[] {
  if (!group) return [];
  return dimensionIds.filter((id) => isWideSpread(group[id]));
}
