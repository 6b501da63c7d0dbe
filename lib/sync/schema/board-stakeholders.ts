import type * as Y from "yjs";
import { z } from "zod";
import { STAKEHOLDER_NAME_MAX, STAKEHOLDER_VALUE_MAX, stakeholderLevelSchema, type Stakeholder } from "../../workshop/stakeholders";
import { stakeholdersRoot } from "./board";
import { insertRecord, patchRecord, readRecords } from "./records";

/** A stakeholder as written to the board (strict). */
const stakeholderWrite = z.object({
  name: z.string().trim().min(1).max(STAKEHOLDER_NAME_MAX),
  sector: z.string().min(1).max(40).nullable(),
  influence: stakeholderLevelSchema,
  connection: stakeholderLevelSchema,
  value: z.string().max(STAKEHOLDER_VALUE_MAX),
  authorId: z.string().min(1).max(64),
  createdAt: z.number().finite(),
});
/** A stakeholder as read: a malformed sector or value reads as empty; without name or position it is left out. */
const stakeholderRead = stakeholderWrite.extend({
  sector: stakeholderWrite.shape.sector.catch(null),
  value: stakeholderWrite.shape.value.catch(""),
});

/** Reads every well-formed stakeholder, oldest first. */
export function readStakeholders(doc: Y.Doc): Stakeholder[] {
  return readRecords(stakeholdersRoot(doc), stakeholderRead).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Adds a stakeholder. Throws on invalid fields. */
export function addStakeholder(doc: Y.Doc, id: string, stakeholder: Omit<Stakeholder, "id">, origin?: unknown): void {
  const fields = stakeholderWrite.parse(stakeholder);
  doc.transact(() => insertRecord(stakeholdersRoot(doc), id, fields), origin);
}

/** The fields anyone may change on the shared map. */
export type StakeholderPatch = Partial<Pick<Stakeholder, "name" | "sector" | "influence" | "connection" | "value">>;

/** Changes some fields (e.g. a move changes influence and connection together); a deleted stakeholder stays deleted. */
export function updateStakeholder(doc: Y.Doc, id: string, patch: StakeholderPatch, origin?: unknown): boolean {
  const parsed = stakeholderWrite.pick({ name: true, sector: true, influence: true, connection: true, value: true }).partial().parse(patch);
  let found = false;
  doc.transact(() => {
    found = patchRecord(stakeholdersRoot(doc), id, parsed);
  }, origin);
  return found;
}

/** Deletes a stakeholder. */
export function deleteStakeholder(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => stakeholdersRoot(doc).delete(id), origin);
}
