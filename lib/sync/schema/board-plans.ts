import * as Y from "yjs";
import { z } from "zod";
import { DIMENSION_IDS } from "../../workshop/dimensions";
import {
  ALL_MILESTONE_SLOTS,
  DEFAULT_SCHEME,
  exampleMeasureId,
  measureTypeSchema,
  milestoneSchemeSchema,
  milestoneSlotSchema,
  PLAN_LIMITS,
  resourceTypeSchema,
  type Measure,
  type MilestoneScheme,
  type MilestoneSlot,
  type Plan,
  type ResourceType,
} from "../../workshop/plan";
import { goalFieldsRoot, measuresRoot, planTextRoot } from "./board";
import { insertRecord, patchRecord, readRecords } from "./records";
import { readText, replaceText } from "./text";

/**
 * Step 5's plans on the board, one per goal (dimension id):
 * - milestone scheme: flat key `scheme-<dim>` in `goal-fields`;
 * - milestone texts and the monitoring routine: root-level Y.Texts `plan-<dim>-<slot>` / `plan-<dim>-monitoring`;
 * - measures: records in `plan-measures` with `goalId` = the dimension id and a nested Y.Map `resources`
 *   (resource type → note), so two people ticking different resources of one measure both count.
 */

const dimensionIdSchema = z.string().refine((id) => DIMENSION_IDS.includes(id), "not a dimension id");
const schemeKey = (dimensionId: string) => `scheme-${dimensionId}`;
const MONITORING = "monitoring";

const resourcesSchema = z.record(z.string(), z.unknown()).transform((r) => {
  const out: Partial<Record<ResourceType, string>> = {};
  for (const [key, note] of Object.entries(r)) {
    const type = resourceTypeSchema.safeParse(key);
    if (type.success && typeof note === "string") out[type.data] = note.slice(0, PLAN_LIMITS.resourceNote);
  }
  return out;
});
const measureFields = z.object({
  type: measureTypeSchema,
  text: z.string().max(PLAN_LIMITS.measure),
  owner: z.string().max(PLAN_LIMITS.owner),
  contributors: z.string().max(PLAN_LIMITS.contributors),
});
/** An editable part of a measure. */
export type MeasurePatch = Partial<z.infer<typeof measureFields>>;
/** A new measure starts with words (it may be emptied while someone rewrites it). */
const measureWrite = measureFields.extend({
  text: z.string().trim().min(1).max(PLAN_LIMITS.measure),
  goalId: dimensionIdSchema,
  resources: z.partialRecord(resourceTypeSchema, z.string().max(PLAN_LIMITS.resourceNote)),
  exampleId: z.string().min(1).max(60).nullable(),
  createdAt: z.number().finite(),
});
const clip = (max: number) => z.string().transform((s) => s.slice(0, max)).catch("");
const measureRead = z.object({
  goalId: z.string(),
  type: measureTypeSchema.catch("activities"),
  text: z.string().transform((s) => s.slice(0, PLAN_LIMITS.measure)),
  owner: clip(PLAN_LIMITS.owner),
  contributors: clip(PLAN_LIMITS.contributors),
  resources: resourcesSchema.catch({}),
  exampleId: z.string().nullable().catch(null),
  createdAt: z.number().finite(),
});
/** A measure as written (without its id). */
export type MeasureInput = Omit<Measure, "id"> & { readonly goalId: string };

const byAge = <T extends { createdAt: number; id: string }>(a: T, b: T) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

function readMeasures(doc: Y.Doc): (Measure & { goalId: string })[] {
  return readRecords(measuresRoot(doc), measureRead).sort(byAge);
}

function readPlanWith(doc: Y.Doc, dimensionId: string, measures: readonly (Measure & { goalId: string })[]): Plan {
  const scheme = milestoneSchemeSchema.safeParse(goalFieldsRoot(doc).get(schemeKey(dimensionId)));
  const milestones: Partial<Record<MilestoneSlot, string>> = {};
  for (const slot of ALL_MILESTONE_SLOTS) {
    const text = readText(planTextRoot(doc, dimensionId, slot), PLAN_LIMITS.milestone);
    if (text) milestones[slot] = text;
  }
  return {
    dimensionId,
    scheme: scheme.success ? scheme.data : DEFAULT_SCHEME,
    milestones,
    monitoring: readText(planTextRoot(doc, dimensionId, MONITORING), PLAN_LIMITS.monitoring),
    measures: measures.filter((m) => m.goalId === dimensionId).map(({ goalId: _goalId, ...m }) => m),
  };
}

/** Reads one dimension's plan (defaults when nothing is written). */
export function readPlan(doc: Y.Doc, dimensionId: string): Plan {
  return readPlanWith(doc, dimensionId, readMeasures(doc));
}

/** Reads every plan somebody has started (a measure, milestone, monitoring text or scheme), in dimension order. */
export function readPlans(doc: Y.Doc): Plan[] {
  const measures = readMeasures(doc);
  const started = (p: Plan) => goalFieldsRoot(doc).has(schemeKey(p.dimensionId)) || p.measures.length > 0 || p.monitoring !== "" || Object.keys(p.milestones).length > 0;
  return DIMENSION_IDS.map((id) => readPlanWith(doc, id, measures)).filter(started);
}

/** Chooses a plan's milestone scheme (30/60/90 days or quarterly); texts of the other scheme's slots are kept. */
export function setPlanScheme(doc: Y.Doc, dimensionId: string, scheme: MilestoneScheme, origin?: unknown): void {
  const key = schemeKey(dimensionIdSchema.parse(dimensionId));
  const parsed = milestoneSchemeSchema.parse(scheme);
  doc.transact(() => goalFieldsRoot(doc).set(key, parsed), origin);
}

/** Sets one milestone's text (one minimal splice). */
export function setMilestone(doc: Y.Doc, dimensionId: string, slot: MilestoneSlot, value: string, origin?: unknown): void {
  const dim = dimensionIdSchema.parse(dimensionId);
  const s = milestoneSlotSchema.parse(slot);
  const parsed = z.string().max(PLAN_LIMITS.milestone).parse(value);
  doc.transact(() => replaceText(planTextRoot(doc, dim, s), parsed), origin);
}

/** Sets the plan's monitoring routine (one minimal splice). */
export function setMonitoring(doc: Y.Doc, dimensionId: string, value: string, origin?: unknown): void {
  const dim = dimensionIdSchema.parse(dimensionId);
  const parsed = z.string().max(PLAN_LIMITS.monitoring).parse(value);
  doc.transact(() => replaceText(planTextRoot(doc, dim, MONITORING), parsed), origin);
}

function insertMeasure(doc: Y.Doc, id: string, fields: z.infer<typeof measureWrite>): void {
  const { resources, ...rest } = fields;
  insertRecord(measuresRoot(doc), id, { ...rest, resources: new Y.Map<unknown>(Object.entries(resources)) });
}

/** Adds a measure (id from newId, createdAt from the caller's clock). Throws on invalid fields. */
export function addMeasure(doc: Y.Doc, id: string, measure: MeasureInput, origin?: unknown): void {
  const fields = measureWrite.parse(measure);
  doc.transact(() => insertMeasure(doc, id, fields), origin);
}

/** Adds a measure from one of the seed's examples under its deterministic id; tapping it twice keeps one. */
export function addExampleMeasure(doc: Y.Doc, measure: MeasureInput & { exampleId: string }, origin?: unknown): string {
  const fields = measureWrite.parse(measure);
  const id = exampleMeasureId(fields.goalId, measure.exampleId);
  doc.transact(() => {
    if (!measuresRoot(doc).has(id)) insertMeasure(doc, id, fields);
  }, origin);
  return id;
}

/** Changes a measure's type, text, owner or contributors; one deleted meanwhile stays deleted. */
export function updateMeasure(doc: Y.Doc, id: string, patch: MeasurePatch, origin?: unknown): boolean {
  const parsed = measureFields.partial().parse(patch);
  let found = false;
  doc.transact(() => {
    found = patchRecord(measuresRoot(doc), id, parsed);
  }, origin);
  return found;
}

/** Marks a resource as needed by a measure, with a note ("" for none), or (null) as not needed. */
export function setMeasureResource(doc: Y.Doc, id: string, resource: ResourceType, note: string | null, origin?: unknown): void {
  const type = resourceTypeSchema.parse(resource);
  const parsed = z.string().max(PLAN_LIMITS.resourceNote).nullable().parse(note);
  doc.transact(() => {
    const record = measuresRoot(doc).get(id);
    if (!(record instanceof Y.Map)) return;
    let resources = record.get("resources");
    if (!(resources instanceof Y.Map)) {
      resources = new Y.Map<unknown>();
      record.set("resources", resources);
    }
    const map = resources as Y.Map<unknown>;
    if (parsed === null) map.delete(type);
    else if (map.get(type) !== parsed) map.set(type, parsed);
  }, origin);
}

/** Deletes a measure. */
export function deleteMeasure(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => measuresRoot(doc).delete(id), origin);
}

/** A plan as an import provides it (measure ids optional: missing ones get `<dim>-m<n>`). */
export const planImportSchema = z.object({
  dimensionId: dimensionIdSchema,
  scheme: milestoneSchemeSchema,
  milestones: z.partialRecord(milestoneSlotSchema, z.string().max(PLAN_LIMITS.milestone)),
  monitoring: z.string().max(PLAN_LIMITS.monitoring),
  measures: z
    .array(
      measureFields.extend({
        id: z.string().min(1).max(64).optional(),
        resources: z.partialRecord(resourceTypeSchema, z.string().max(PLAN_LIMITS.resourceNote)),
        exampleId: z.string().min(1).max(60).nullable().optional(),
        createdAt: z.number().finite().optional(),
      }),
    )
    .max(100),
});
export type PlanImport = z.infer<typeof planImportSchema>;

/**
 * Writes plans from plain objects (an import), in one transaction: each listed plan's scheme, milestones and
 * monitoring are replaced and its measures become exactly the given ones. Plans not listed are left as they are.
 * Throws on invalid input before writing anything.
 */
export function writePlans(doc: Y.Doc, plans: readonly unknown[], origin?: unknown, now = 0): void {
  const parsed = z.array(planImportSchema).parse(plans);
  doc.transact(() => {
    const root = measuresRoot(doc);
    for (const plan of parsed) {
      const dim = plan.dimensionId;
      goalFieldsRoot(doc).set(schemeKey(dim), plan.scheme);
      for (const slot of ALL_MILESTONE_SLOTS) replaceText(planTextRoot(doc, dim, slot), plan.milestones[slot] ?? "");
      replaceText(planTextRoot(doc, dim, MONITORING), plan.monitoring);
      const stale: string[] = [];
      root.forEach((value, id) => {
        if (value instanceof Y.Map && value.get("goalId") === dim) stale.push(id);
      });
      for (const id of stale) root.delete(id);
      plan.measures.forEach(({ id, createdAt, exampleId, ...m }, n) =>
        insertMeasure(doc, id ?? `${dim}-m${n + 1}`, { ...m, goalId: dim, exampleId: exampleId ?? null, createdAt: createdAt ?? now + n }),
      );
    }
  }, origin);
}
