import { advisePriorities, computeGaps, type DimensionDecision, type ProfileValues } from "./gaps";
import type { Goal } from "./goals";
import { checkPlan, type Plan } from "./plan";
import { checkSmart } from "./smart";

/**
 * Evaluate mode's checks: the same five steps read as questions about an existing cluster (content
 * `evaluationVariant`), answered from what the room has produced so far. Each check is a hint for the discussion,
 * never a gate. Step 1: a maturity snapshot (strengths, gaps, disagreement); step 2: is the vision still shared;
 * step 3: are the priorities well chosen; step 4: are the goals measurable; step 5: are the measures owned and
 * resourced.
 */

/** A check's verdict: fine, worth discussing, or not answerable yet (nothing revealed or written). */
export type ReviewStatus = "ok" | "attention" | "pending";

/** One check; `id` names its wording (messages review.checks.<id>), `dimensionIds` what it points at. */
export interface ReviewCheck {
  readonly id: string;
  readonly status: ReviewStatus;
  readonly dimensionIds: readonly string[];
  /** A count the wording may show (e.g. how many priorities). */
  readonly count?: number;
}

/** A median at or above this is a strength; at or below LOW a gap. */
export const STRONG = 4;
export const WEAK = 2;
/** An interquartile range of this or more means the group disagrees. */
export const DISAGREEMENT = 2;

/** A revealed profile's aggregates (null while hidden). */
export type RevealedProfile = Readonly<Record<string, ProfileValues & { readonly n?: number; readonly notAssessed?: number }>> | null;

const spread = (v: ProfileValues | undefined) => (v && v.q1 !== null && v.q3 !== null ? v.q3 - v.q1 : null);

/** Step 1: where the cluster is strong, where weak, where people disagree or could not say. */
export function reviewSnapshot(dimensionIds: readonly string[], baseline: RevealedProfile): ReviewCheck[] {
  if (!baseline) return [{ id: "snapshot-pending", status: "pending", dimensionIds: [] }];
  const median = (id: string) => baseline[id]?.median ?? null;
  const strengths = dimensionIds.filter((id) => (median(id) ?? 0) >= STRONG);
  const gaps = dimensionIds.filter((id) => median(id) !== null && (median(id) ?? 0) <= WEAK);
  const split = dimensionIds.filter((id) => (spread(baseline[id]) ?? 0) >= DISAGREEMENT);
  const unknown = dimensionIds.filter((id) => (baseline[id]?.notAssessed ?? 0) > 0 && (baseline[id]?.n ?? 0) === 0);
  return [
    { id: "strengths", status: strengths.length ? "ok" : "attention", dimensionIds: strengths },
    { id: "weaknesses", status: gaps.length ? "attention" : "ok", dimensionIds: gaps },
    { id: "disagreement", status: split.length ? "attention" : "ok", dimensionIds: split },
    ...(unknown.length ? [{ id: "unknown", status: "attention" as const, dimensionIds: unknown }] : []),
  ];
}

/** Step 2: is there a written vision, do people agree on the target, are non-negotiables named. */
export function reviewVision(
  dimensionIds: readonly string[],
  input: { readonly visionWords: number; readonly target: RevealedProfile; readonly nonNegotiables: number },
): ReviewCheck[] {
  const split = input.target ? dimensionIds.filter((id) => (spread(input.target?.[id]) ?? 0) >= DISAGREEMENT) : [];
  return [
    { id: "vision-written", status: input.visionWords >= 10 ? "ok" : "attention", dimensionIds: [], count: input.visionWords },
    input.target
      ? { id: "target-shared", status: split.length ? "attention" : "ok", dimensionIds: split }
      : { id: "target-pending", status: "pending", dimensionIds: [] },
    { id: "non-negotiables", status: input.nonNegotiables > 0 ? "ok" : "attention", dimensionIds: [], count: input.nonNegotiables },
  ];
}

/** Step 3: the method's advice on the chosen priorities, plus whether they address the largest gaps. */
export function reviewPriorities(
  dimensionIds: readonly string[],
  decisions: Readonly<Record<string, DimensionDecision>>,
  baseline: RevealedProfile,
  target: RevealedProfile,
): ReviewCheck[] {
  const first = dimensionIds.filter((id) => decisions[id]?.priority === "first");
  const out: ReviewCheck[] = advisePriorities(dimensionIds, decisions).map((a) =>
    a.kind === "none-chosen"
      ? { id: "priorities-none", status: "pending" as const, dimensionIds: [] }
      : a.kind === "too-many"
        ? { id: "priorities-too-many", status: "attention" as const, dimensionIds: first, count: a.count }
        : { id: a.kind === "bottleneck-left-out" ? "priorities-bottleneck" : "priorities-rationale", status: "attention" as const, dimensionIds: a.dimensionIds },
  );
  if (first.length && baseline && target) {
    const largest = computeGaps(dimensionIds, baseline, target).filter((g) => g.gap !== null && g.gap > 0).slice(0, 3).map((g) => g.dimensionId);
    const unexplained = first.filter((id) => !largest.includes(id) && !decisions[id]?.bottleneck && !decisions[id]?.leverage);
    out.push({ id: "priorities-gaps", status: unexplained.length ? "attention" : "ok", dimensionIds: unexplained });
  }
  if (first.length && out.every((c) => c.status === "ok")) out.unshift({ id: "priorities-ok", status: "ok", dimensionIds: first, count: first.length });
  return out;
}

/** Step 4: is each goal measurable (an indicator with a numeric target) and time-bound. */
export function reviewGoals(goals: readonly Goal[], today: string): ReviewCheck[] {
  if (goals.length === 0) return [{ id: "goals-none", status: "pending", dimensionIds: [] }];
  const failing = (criterion: string) =>
    goals.filter((g) => checkSmart(g, today).criteria.some((c) => c.id === criterion && !c.ok)).map((g) => g.dimensionId);
  const unmeasurable = failing("measurable");
  const undated = failing("time-bound");
  return [
    { id: "goals-measurable", status: unmeasurable.length ? "attention" : "ok", dimensionIds: unmeasurable },
    { id: "goals-dated", status: undated.length ? "attention" : "ok", dimensionIds: undated },
  ];
}

/** Step 5: is every measure owned and resourced, with milestones and a monitoring routine. */
export function reviewPlans(plans: readonly Plan[]): ReviewCheck[] {
  if (plans.length === 0) return [{ id: "plans-none", status: "pending", dimensionIds: [] }];
  const with_ = (kinds: readonly string[]) => plans.filter((p) => checkPlan(p).some((g) => kinds.includes(g.kind))).map((p) => p.dimensionId);
  const unowned = with_(["no-owner", "no-measures"]);
  const unresourced = with_(["no-resources"]);
  const unscheduled = with_(["no-milestones", "no-monitoring"]);
  return [
    { id: "plans-owned", status: unowned.length ? "attention" : "ok", dimensionIds: unowned },
    { id: "plans-resourced", status: unresourced.length ? "attention" : "ok", dimensionIds: unresourced },
    { id: "plans-scheduled", status: unscheduled.length ? "attention" : "ok", dimensionIds: unscheduled },
  ];
}

/** Counts words in a text, in any script. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w)).length;
}
