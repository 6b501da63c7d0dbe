import { z } from "zod";

/**
 * Step 5's action plan, one per goal (keyed by the goal's dimension id): measures with an owner, contributors and
 * the resources they need; milestones on a 30/60/90-day or a quarterly scheme (chosen per plan); a monitoring
 * routine. The vocabularies are the seed's (content.actionPlan); content.test.ts checks they agree.
 */

/** Kinds of measure the seed names (content.actionPlan.measureTypes). */
export const MEASURE_TYPES = ["activities", "interventions", "structures", "pilots", "partnerships"] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const measureTypeSchema = z.enum(MEASURE_TYPES);

/** Resources a measure may need (content.actionPlan.resourceTypes). */
export const RESOURCE_TYPES = ["time", "funding", "tools", "political-support", "expertise"] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const resourceTypeSchema = z.enum(RESOURCE_TYPES);

/** Milestone schemes (content.actionPlan.milestoneSchemes) and the slots each has. */
export const MILESTONE_SCHEMES = ["30-60-90", "quarterly"] as const;
export type MilestoneScheme = (typeof MILESTONE_SCHEMES)[number];
export const milestoneSchemeSchema = z.enum(MILESTONE_SCHEMES);
export const MILESTONE_SLOTS = { "30-60-90": ["d30", "d60", "d90"], quarterly: ["q1", "q2", "q3", "q4"] } as const satisfies Record<MilestoneScheme, readonly string[]>;
/** Every slot of every scheme (a plan keeps the texts of both when the scheme changes back and forth). */
export const ALL_MILESTONE_SLOTS = ["d30", "d60", "d90", "q1", "q2", "q3", "q4"] as const;
export type MilestoneSlot = (typeof ALL_MILESTONE_SLOTS)[number];
export const milestoneSlotSchema = z.enum(ALL_MILESTONE_SLOTS);
/** The scheme a plan starts with. */
export const DEFAULT_SCHEME: MilestoneScheme = "30-60-90";

/** Longest texts of a plan's fields. */
export const PLAN_LIMITS = { measure: 300, owner: 80, contributors: 200, resourceNote: 120, milestone: 300, monitoring: 500 } as const;

/**
 * The kind of measure each of the seed's concrete examples is, so a one-tap starter arrives typed `[P]`
 * (the seed lists examples and kinds but does not pair them).
 */
export const EXAMPLE_TYPES: Readonly<Record<string, MeasureType>> = {
  "partner-round-tables": "activities",
  "governance-charter": "structures",
  "pilot-use-cases": "pilots",
  "funding-pipeline": "partnerships",
};

/** One measure of a plan. `resources`: the needed kinds, each with an optional note (e.g. "2 days a month"). */
export interface Measure {
  readonly id: string;
  readonly type: MeasureType;
  readonly text: string;
  readonly owner: string;
  readonly contributors: string;
  readonly resources: Readonly<Partial<Record<ResourceType, string>>>;
  /** The seed example it started from, if any. */
  readonly exampleId: string | null;
  readonly createdAt: number;
}

/** A plan as plain data. `milestones` holds a text per slot (only filled slots). */
export interface Plan {
  readonly dimensionId: string;
  readonly scheme: MilestoneScheme;
  readonly milestones: Readonly<Partial<Record<MilestoneSlot, string>>>;
  readonly monitoring: string;
  /** Oldest first. */
  readonly measures: readonly Measure[];
}

/** A plan nobody has written anything into yet. */
export function emptyPlan(dimensionId: string): Plan {
  return { dimensionId, scheme: DEFAULT_SCHEME, milestones: {}, monitoring: "", measures: [] };
}

/** The deterministic id of a measure started from a seed example, so two taps on one starter converge on one measure. */
export const exampleMeasureId = (dimensionId: string, exampleId: string) => `example-${dimensionId}-${exampleId}`;

/** What a plan still lacks to count as "owned and resourced" (the evaluate-mode check, also a hint in create mode). */
export type PlanGap =
  | { readonly kind: "no-measures" }
  | { readonly kind: "no-owner"; readonly measureIds: readonly string[] }
  | { readonly kind: "no-resources"; readonly measureIds: readonly string[] }
  | { readonly kind: "no-milestones" }
  | { readonly kind: "no-monitoring" };

/** Checks a plan: every measure owned and resourced, at least one milestone in the chosen scheme, a monitoring routine. */
export function checkPlan(plan: Plan): PlanGap[] {
  const gaps: PlanGap[] = [];
  if (plan.measures.length === 0) gaps.push({ kind: "no-measures" });
  const unowned = plan.measures.filter((m) => !m.owner.trim()).map((m) => m.id);
  if (unowned.length) gaps.push({ kind: "no-owner", measureIds: unowned });
  const unresourced = plan.measures.filter((m) => Object.keys(m.resources).length === 0).map((m) => m.id);
  if (unresourced.length) gaps.push({ kind: "no-resources", measureIds: unresourced });
  if (!MILESTONE_SLOTS[plan.scheme].some((slot) => plan.milestones[slot]?.trim())) gaps.push({ kind: "no-milestones" });
  if (!plan.monitoring.trim()) gaps.push({ kind: "no-monitoring" });
  return gaps;
}
