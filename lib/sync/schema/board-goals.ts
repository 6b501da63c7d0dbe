import * as Y from "yjs";
import { z } from "zod";
import { DIMENSION_IDS } from "../../workshop/dimensions";
import {
  deadlineSchema,
  GOAL_LIMITS,
  GOAL_TEXT_FIELDS,
  indicatorFieldsSchema,
  isGoalStarted,
  type Goal,
  type GoalTextField,
  type Indicator,
  type IndicatorFields,
} from "../../workshop/goals";
import { goalFieldsRoot, goalTextRoot, indicatorsRoot } from "./board";
import { insertRecord, patchRecord, readRecords } from "./records";
import { readText, replaceText } from "./text";

/**
 * Step 4's goals on the board (co-edited by participants and facilitators), one per dimension id:
 * - statement, outcome and capability: root-level Y.Texts `goal-<dim>-<field>` (character-level merging);
 * - deadline: flat key `deadline-<dim>` in `goal-fields` (last writer wins);
 * - indicators: records in `goal-indicators`, each with `goalId` = the dimension id.
 * Which goals are shown comes from control (step 3's first-phase priorities); the board keeps a goal's text when
 * its dimension stops being a priority, so undoing a priority change loses nothing.
 */

const dimensionIdSchema = z.string().refine((id) => DIMENSION_IDS.includes(id), "not a dimension id");
const textLimit: Record<GoalTextField, number> = { statement: GOAL_LIMITS.statement, outcome: GOAL_LIMITS.outcome, capability: GOAL_LIMITS.capability };
const deadlineKey = (dimensionId: string) => `deadline-${dimensionId}`;

const indicatorWrite = indicatorFieldsSchema.extend({ goalId: dimensionIdSchema, createdAt: z.number().finite() });
const clip = (max: number) => z.string().transform((s) => s.slice(0, max)).catch("");
const indicatorRead = z.object({
  goalId: z.string(),
  createdAt: z.number().finite(),
  name: clip(GOAL_LIMITS.indicatorField),
  baseline: clip(GOAL_LIMITS.indicatorField),
  target: clip(GOAL_LIMITS.indicatorField),
  unit: clip(GOAL_LIMITS.indicatorField),
  source: clip(GOAL_LIMITS.indicatorField),
});

const byAge = <T extends { createdAt: number; id: string }>(a: T, b: T) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** Reads one dimension's goal (empty fields when nothing is written). */
export function readGoal(doc: Y.Doc, dimensionId: string): Goal {
  return readGoalWith(doc, dimensionId, readIndicators(doc));
}

function readIndicators(doc: Y.Doc): (Indicator & { goalId: string })[] {
  return readRecords(indicatorsRoot(doc), indicatorRead).sort(byAge);
}

function readGoalWith(doc: Y.Doc, dimensionId: string, indicators: readonly (Indicator & { goalId: string })[]): Goal {
  const deadline = deadlineSchema.safeParse(goalFieldsRoot(doc).get(deadlineKey(dimensionId)));
  const text = (field: GoalTextField) => readText(goalTextRoot(doc, dimensionId, field), textLimit[field]);
  return {
    dimensionId,
    statement: text("statement"),
    outcome: text("outcome"),
    capability: text("capability"),
    deadline: deadline.success ? deadline.data : "",
    indicators: indicators.filter((i) => i.goalId === dimensionId).map(({ goalId: _goalId, ...i }) => i),
  };
}

/** Reads every goal somebody has started, validated, in the content's dimension order (for screens and exports). */
export function readGoals(doc: Y.Doc): Goal[] {
  const indicators = readIndicators(doc);
  return DIMENSION_IDS.map((id) => readGoalWith(doc, id, indicators)).filter(isGoalStarted);
}

/** Sets a goal's statement, outcome or capability text to `value` (one minimal splice; throws when too long). */
export function setGoalText(doc: Y.Doc, dimensionId: string, field: GoalTextField, value: string, origin?: unknown): void {
  const dim = dimensionIdSchema.parse(dimensionId);
  const f = z.enum(GOAL_TEXT_FIELDS).parse(field);
  const parsed = z.string().max(textLimit[f]).parse(value);
  doc.transact(() => replaceText(goalTextRoot(doc, dim, f), parsed), origin);
}

/** Sets a goal's deadline ("YYYY-MM-DD"), or clears it with "". */
export function setGoalDeadline(doc: Y.Doc, dimensionId: string, deadline: string, origin?: unknown): void {
  const key = deadlineKey(dimensionIdSchema.parse(dimensionId));
  const parsed = deadlineSchema.parse(deadline);
  doc.transact(() => {
    if (parsed) goalFieldsRoot(doc).set(key, parsed);
    else goalFieldsRoot(doc).delete(key);
  }, origin);
}

/** Adds an indicator to a goal (id from lib/validation/ids newId, createdAt from the caller's clock). */
export function addIndicator(doc: Y.Doc, id: string, indicator: IndicatorFields & { goalId: string; createdAt: number }, origin?: unknown): void {
  const fields = indicatorWrite.parse(indicator);
  doc.transact(() => insertRecord(indicatorsRoot(doc), id, fields), origin);
}

/** Changes some fields of an indicator; one deleted meanwhile stays deleted. Returns whether it existed. */
export function updateIndicator(doc: Y.Doc, id: string, patch: Partial<IndicatorFields>, origin?: unknown): boolean {
  const parsed = indicatorFieldsSchema.partial().parse(patch);
  let found = false;
  doc.transact(() => {
    found = patchRecord(indicatorsRoot(doc), id, parsed);
  }, origin);
  return found;
}

/** Deletes an indicator. */
export function deleteIndicator(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => indicatorsRoot(doc).delete(id), origin);
}

/** A goal as an import provides it (ids of indicators optional: missing ones get `<dim>-i<n>`). */
export const goalImportSchema = z.object({
  dimensionId: dimensionIdSchema,
  statement: z.string().max(GOAL_LIMITS.statement),
  outcome: z.string().max(GOAL_LIMITS.outcome),
  capability: z.string().max(GOAL_LIMITS.capability),
  deadline: deadlineSchema,
  indicators: z.array(indicatorFieldsSchema.extend({ id: z.string().min(1).max(64).optional(), createdAt: z.number().finite().optional() })).max(50),
});
export type GoalImport = z.infer<typeof goalImportSchema>;

/**
 * Writes goals from plain objects (an import), in one transaction: each listed goal's texts and deadline are
 * replaced and its indicators become exactly the given ones. Goals not listed are left as they are. Throws on
 * invalid input before writing anything.
 */
export function writeGoals(doc: Y.Doc, goals: readonly unknown[], origin?: unknown, now = 0): void {
  const parsed = z.array(goalImportSchema).parse(goals);
  doc.transact(() => {
    const root = indicatorsRoot(doc);
    for (const goal of parsed) {
      for (const field of GOAL_TEXT_FIELDS) replaceText(goalTextRoot(doc, goal.dimensionId, field), goal[field]);
      if (goal.deadline) goalFieldsRoot(doc).set(deadlineKey(goal.dimensionId), goal.deadline);
      else goalFieldsRoot(doc).delete(deadlineKey(goal.dimensionId));
      const stale: string[] = [];
      root.forEach((value, id) => {
        if (value instanceof Y.Map && value.get("goalId") === goal.dimensionId) stale.push(id);
      });
      for (const id of stale) root.delete(id);
      goal.indicators.forEach(({ id, createdAt, ...fields }, n) =>
        insertRecord(root, id ?? `${goal.dimensionId}-i${n + 1}`, { ...fields, goalId: goal.dimensionId, createdAt: createdAt ?? now + n }),
      );
    }
  }, origin);
}
