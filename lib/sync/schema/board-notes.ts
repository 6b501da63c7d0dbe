import type * as Y from "yjs";
import { z } from "zod";
import { NOTE_MAX_LENGTH, noteTextSchema } from "../../workshop/notes";
import { notesRoot } from "./board";
import { insertRecord, patchRecord, readRecords } from "./records";

/** A status-quo note as written to the board (stars, groups and merges are the facilitator's, in control). */
const noteWrite = z.object({
  promptId: z.string().min(1).max(60),
  text: noteTextSchema,
  sector: z.string().min(1).max(40).nullable(),
  authorId: z.string().min(1).max(64),
  authorName: z.string().max(80),
  createdAt: z.number().finite(),
});
/** A note as read: a malformed optional field reads as absent; a note without text or author is left out. */
const noteRead = noteWrite.extend({
  text: z.string().min(1).max(NOTE_MAX_LENGTH),
  sector: noteWrite.shape.sector.catch(null),
  authorName: noteWrite.shape.authorName.catch(""),
});
/** A note as the board holds it, with its id. */
export type BoardNote = z.infer<typeof noteWrite> & { readonly id: string };

/** Reads every well-formed note, oldest first. */
export function readBoardNotes(doc: Y.Doc): BoardNote[] {
  return readRecords(notesRoot(doc), noteRead).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Adds a note (id from lib/validation/ids newId, createdAt from the caller's clock). Throws on invalid fields. */
export function addNote(doc: Y.Doc, id: string, note: Omit<BoardNote, "id">, origin?: unknown): void {
  const fields = noteWrite.parse(note);
  doc.transact(() => insertRecord(notesRoot(doc), id, fields), origin);
}

/** Changes a note's text and/or sector; a note deleted meanwhile stays deleted. */
export function updateNote(doc: Y.Doc, id: string, patch: { text?: string; sector?: string | null }, origin?: unknown): boolean {
  const { text, sector } = noteWrite.pick({ text: true, sector: true }).partial().parse(patch);
  let found = false;
  doc.transact(() => {
    found = patchRecord(notesRoot(doc), id, { text, sector });
  }, origin);
  return found;
}

/** Deletes a note. */
export function deleteNote(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => notesRoot(doc).delete(id), origin);
}
