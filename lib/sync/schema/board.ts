import type * as Y from "yjs";

/**
 * board: co-edited content; participants and facilitators write it, observers read it. Root names of this document
 * are declared here and nowhere else; board-notes.ts, board-stakeholders.ts and board-define.ts hold the value
 * schemas and named mutations of the record roots returned below.
 */
const ROOT = {
  vision: "vision",
  notes: "notes",
  stakeholders: "stakeholders",
  successFactors: "success-factors",
  good: (dimensionId: string) => `good-${dimensionId}`,
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
