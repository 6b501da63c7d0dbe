/**
 * Step 3's gap view: for each dimension, how far the group's target median is above its baseline median, with each
 * profile's spread (interquartile range), largest gap first.
 */

/** The revealed aggregate values the gap view needs for one dimension. */
export interface ProfileValues {
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
}

/** One dimension's gap. `gap` is null when either median is missing (nobody rated it). */
export interface DimensionGap {
  readonly dimensionId: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly gap: number | null;
  /** q3 − q1 of each profile: how much people disagreed. */
  readonly baselineSpread: number | null;
  readonly targetSpread: number | null;
}

const spread = (v: ProfileValues | undefined) => (v && v.q1 !== null && v.q3 !== null ? v.q3 - v.q1 : null);

/** Gaps per dimension, largest first; dimensions without a gap last, each group in the content's order. */
export function computeGaps(
  dimensionIds: readonly string[],
  baseline: Readonly<Record<string, ProfileValues>>,
  target: Readonly<Record<string, ProfileValues>>,
): DimensionGap[] {
  const rows = dimensionIds.map((dimensionId, index) => {
    const b = baseline[dimensionId]?.median ?? null;
    const t = target[dimensionId]?.median ?? null;
    return {
      index,
      row: {
        dimensionId,
        baseline: b,
        target: t,
        gap: b === null || t === null ? null : t - b,
        baselineSpread: spread(baseline[dimensionId]),
        targetSpread: spread(target[dimensionId]),
      },
    };
  });
  rows.sort((a, b) => {
    if (a.row.gap === null || b.row.gap === null) return a.row.gap === null ? (b.row.gap === null ? a.index - b.index : 1) : -1;
    return b.row.gap - a.row.gap || a.index - b.index;
  });
  return rows.map((r) => r.row);
}

/** The number of first-phase priorities the method recommends ("about three"). */
export const RECOMMENDED_PRIORITIES = 3;

/** What the facilitator has decided about one dimension in step 3. */
export interface DimensionDecision {
  readonly bottleneck: boolean;
  readonly leverage: boolean;
  readonly feasible: boolean;
  /** "first": a priority for now; "second": for a second phase; null: not chosen. */
  readonly priority: "first" | "second" | null;
  readonly rationale: string;
}

/** Something worth pointing out about the chosen priorities (both modes; in evaluate mode it is the check). */
export type PriorityAdvice =
  | { readonly kind: "none-chosen" }
  | { readonly kind: "too-many"; readonly count: number }
  | { readonly kind: "bottleneck-left-out"; readonly dimensionIds: readonly string[] }
  | { readonly kind: "missing-rationale"; readonly dimensionIds: readonly string[] };

/**
 * Checks the chosen priorities against the method: about three at a time, bottlenecks first (a bottleneck blocks
 * progress everywhere else), and a short rationale for each. Returns every piece of advice that applies.
 */
export function advisePriorities(dimensionIds: readonly string[], decisions: Readonly<Record<string, DimensionDecision>>): PriorityAdvice[] {
  const first = dimensionIds.filter((id) => decisions[id]?.priority === "first");
  const out: PriorityAdvice[] = [];
  if (first.length === 0) return [{ kind: "none-chosen" }];
  if (first.length > RECOMMENDED_PRIORITIES + 1) out.push({ kind: "too-many", count: first.length });
  const leftOut = dimensionIds.filter((id) => decisions[id]?.bottleneck && decisions[id]?.priority !== "first");
  if (leftOut.length > 0) out.push({ kind: "bottleneck-left-out", dimensionIds: leftOut });
  const bare = first.filter((id) => !decisions[id]?.rationale.trim());
  if (bare.length > 0) out.push({ kind: "missing-rationale", dimensionIds: bare });
  return out;
}
