import type * as Y from "yjs";

/**
 * board: co-edited content; participants and facilitators write it, observers read it. Root names of this document
 * are declared here and nowhere else; board-notes.ts, board-stakeholders.ts, board-define.ts, board-goals.ts and
 * board-plans.ts hold the value schemas and named mutations of the roots returned below.
 */
const ROOT = {
  vision: "vision",
  notes: "notes",
  stakeholders: "stakeholders",
  successFactors: "success-factors",
  good: (dimensionId: string) => `good-${dimensionId}`,
  goalFields: "goal-fields",
  goalText: (dimensionId: string, field: string) => `goal-${dimensionId}-${field}`,
  indicators: "goal-indicators",
  planText: (dimensionId: string, field: string) => `plan-${dimensionId}-${field}`,
  measures: "plan-measures",
} as const;

/** The vision statement's shared fragment (bind Tiptap's Collaboration extension to it). */
export function visionFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ROOT.vision);
}

/** Step 2's optional "what good looks like" text for one dimension, co-edited like the vision. */
export function goodFragment(doc: Y.Doc, dimensionId: string): Y.XmlFragment {
  return doc.getXmlFragment(ROOT.good(dimensionId));
}

/** Step 1's status-quo notes: note id → Y.Map of fields (board-notes.ts). */
export function notesRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.notes);
}

/** Step 1's ecosystem map: stakeholder id → Y.Map of fields (board-stakeholders.ts). */
export function stakeholdersRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.stakeholders);
}

/** Step 2's success factors added by people: factor id → Y.Map of fields (board-define.ts). */
export function successFactorsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.successFactors);
}

/**
 * Steps 4 and 5's flat scalar fields: `deadline-<dimensionId>` and `scheme-<dimensionId>` (flat keys, so two
 * people setting different goals' fields never overwrite each other; board-goals.ts, board-plans.ts).
 */
export function goalFieldsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.goalFields);
}

/**
 * One co-edited text of a goal (statement, outcome, capability). Root-level, so it exists on every replica by name
 * and two people who start typing into an empty goal at once merge character by character instead of racing to
 * create it. Call with a known dimension id and field only (board-goals.ts checks both).
 */
export function goalTextRoot(doc: Y.Doc, dimensionId: string, field: string): Y.Text {
  return doc.getText(ROOT.goalText(dimensionId, field));
}

/** Step 4's indicators: indicator id → Y.Map of fields, each naming its goal's dimension (board-goals.ts). */
export function indicatorsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.indicators);
}

/** One co-edited text of a plan (monitoring routine, a milestone slot), root-level like goalTextRoot (board-plans.ts). */
export function planTextRoot(doc: Y.Doc, dimensionId: string, field: string): Y.Text {
  return doc.getText(ROOT.planText(dimensionId, field));
}

/** Step 5's measures: measure id → Y.Map of fields, each naming its plan's dimension (board-plans.ts). */
export function measuresRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.measures);
}
