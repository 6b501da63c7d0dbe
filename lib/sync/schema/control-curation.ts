import type * as Y from "yjs";
import { z } from "zod";
import { groupLabelSchema, type NoteGroup } from "../../workshop/notes";
import { curationRoot, factorFlagsRoot, noteGroupsRoot } from "./control";
import { readRecords, upsertRecord } from "./records";

/**
 * The facilitator's curation of the board, kept in the control document so that only facilitators can change it
 * (the server drops control writes from anyone else): note stars, groups and merges, and success-factor flags.
 * Records are keyed by the board item's id; concurrent upserts of a missing record from two facilitator tabs keep
 * one of them (acceptable for a single facilitator's clicks).
 */

/** A note's curation: starred, its group, and the note it was merged into. */
const noteCurationWrite = z.object({
  starred: z.boolean(),
  groupId: z.string().min(1).max(64).nullable(),
  mergedInto: z.string().min(1).max(64).nullable(),
});
const noteCurationRead = z.object({
  starred: noteCurationWrite.shape.starred.catch(false),
  groupId: noteCurationWrite.shape.groupId.catch(null),
  mergedInto: noteCurationWrite.shape.mergedInto.catch(null),
});
/** A note's curation by the facilitator. */
export type NoteCuration = z.infer<typeof noteCurationWrite>;
/** A note nobody has curated. */
export const NO_CURATION: NoteCuration = { starred: false, groupId: null, mergedInto: null };

/** Reads the curation of every note, by note id. */
export function readNoteCuration(doc: Y.Doc): Record<string, NoteCuration> {
  return Object.fromEntries(readRecords(curationRoot(doc), noteCurationRead).map(({ id, ...c }) => [id, c]));
}

/** Facilitator: star, group (null = no group) or merge (null = unmerge) a note. Only the given fields change. */
export function curateNote(doc: Y.Doc, noteId: string, patch: Partial<NoteCuration>, origin?: unknown): void {
  const parsed = noteCurationWrite.partial().parse(patch);
  if (parsed.mergedInto === noteId) throw new Error("a note cannot be merged into itself");
  doc.transact(() => upsertRecord(curationRoot(doc), noteId, parsed), origin);
}

const noteGroupSchema = z.object({ promptId: z.string().min(1).max(60), label: groupLabelSchema, createdAt: z.number().finite() });

/** Reads the facilitator's note groups. */
export function readNoteGroups(doc: Y.Doc): NoteGroup[] {
  return readRecords(noteGroupsRoot(doc), noteGroupSchema);
}

/** Facilitator: create a group in a prompt's column, or rename one (same id). */
export function saveNoteGroup(doc: Y.Doc, group: NoteGroup, origin?: unknown): void {
  const { id, ...fields } = group;
  const parsed = noteGroupSchema.parse(fields);
  doc.transact(() => upsertRecord(noteGroupsRoot(doc), id, parsed), origin);
}

/** Facilitator: remove a group; its notes fall back to "no group" (a note's unknown group reads as none). */
export function deleteNoteGroup(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => noteGroupsRoot(doc).delete(id), origin);
}

/** A success factor's flags: the facilitator marks it non-negotiable, or sets it aside. */
const factorFlagsWrite = z.object({ nonNegotiable: z.boolean(), setAside: z.boolean() });
const factorFlagsRead = z.object({ nonNegotiable: factorFlagsWrite.shape.nonNegotiable.catch(false), setAside: factorFlagsWrite.shape.setAside.catch(false) });
/** A success factor's flags. */
export type FactorFlags = z.infer<typeof factorFlagsWrite>;
/** A factor nobody has flagged. */
export const NO_FLAGS: FactorFlags = { nonNegotiable: false, setAside: false };

/** Reads the flags of every success factor, by factor id. */
export function readFactorFlags(doc: Y.Doc): Record<string, FactorFlags> {
  return Object.fromEntries(readRecords(factorFlagsRoot(doc), factorFlagsRead).map(({ id, ...f }) => [id, f]));
}

/** Facilitator: change a factor's flags. */
export function flagFactor(doc: Y.Doc, factorId: string, patch: Partial<FactorFlags>, origin?: unknown): void {
  const parsed = factorFlagsWrite.partial().parse(patch);
  doc.transact(() => upsertRecord(factorFlagsRoot(doc), factorId, parsed), origin);
}
