import { z } from "zod";

/**
 * Step 4's goals: one per confirmed priority dimension (step 3, priority "first"), keyed by that dimension's id.
 * A goal is a SMART statement with an outcome element (what improves in the ecosystem), a capability element
 * (what the CSEI can reliably do), a deadline and several simple indicators.
 */

/** Longest texts a goal's fields may hold (reads clip longer values; writes reject them). */
export const GOAL_LIMITS = { statement: 600, outcome: 400, capability: 400, indicatorField: 120 } as const;

/** The goal's co-edited text fields. */
export const GOAL_TEXT_FIELDS = ["statement", "outcome", "capability"] as const;
export type GoalTextField = (typeof GOAL_TEXT_FIELDS)[number];

/** A calendar date "YYYY-MM-DD" that exists (2027-02-30 does not). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a calendar date");

/** A deadline: a calendar date, or "" when not set. */
export const deadlineSchema = z.union([z.literal(""), isoDateSchema]);

const indicatorText = z.string().max(GOAL_LIMITS.indicatorField);
/** An indicator's editable fields: what is counted, from where to where, in which unit, and where the figure comes from. */
export const indicatorFieldsSchema = z.object({
  name: indicatorText,
  baseline: indicatorText,
  target: indicatorText,
  unit: indicatorText,
  source: indicatorText,
});
export type IndicatorFields = z.infer<typeof indicatorFieldsSchema>;

/** One indicator of a goal. */
export interface Indicator extends IndicatorFields {
  readonly id: string;
  readonly createdAt: number;
}

/** A goal as plain data (what the board holds for one dimension). */
export interface Goal {
  readonly dimensionId: string;
  readonly statement: string;
  readonly outcome: string;
  readonly capability: string;
  /** "YYYY-MM-DD" or "" when not set. */
  readonly deadline: string;
  /** Oldest first. */
  readonly indicators: readonly Indicator[];
}

/** A goal nobody has written anything into yet. */
export function emptyGoal(dimensionId: string): Goal {
  return { dimensionId, statement: "", outcome: "", capability: "", deadline: "", indicators: [] };
}

/** An indicator with nothing filled in. */
export const EMPTY_INDICATOR: IndicatorFields = { name: "", baseline: "", target: "", unit: "", source: "" };

/** Whether anybody has written anything into a goal. */
export function isGoalStarted(goal: Goal): boolean {
  return Boolean(goal.statement.trim() || goal.outcome.trim() || goal.capability.trim() || goal.deadline || goal.indicators.length);
}

/** The dimensions that get a goal: the confirmed (first-phase) priorities, in the given dimension order. */
export function goalDimensions(dimensionIds: readonly string[], decisions: Readonly<Record<string, { readonly priority: "first" | "second" | null }>>): string[] {
  return dimensionIds.filter((id) => decisions[id]?.priority === "first");
}
