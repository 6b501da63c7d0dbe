import * as Y from "yjs";
import type { z } from "zod";

/**
 * Records kept as one nested Y.Map per id inside a root map, so concurrent edits of different fields of the same
 * record (one person renames, another moves it) both survive; two edits of the same field resolve last-writer-wins
 * the same way on every replica. Reads parse each record with zod and leave out what does not fit.
 */

/** Reads every record of a root whose fields fit `schema`, with its id, in no particular order. */
export function readRecords<S extends z.ZodType<object>>(root: Y.Map<unknown>, schema: S): (z.infer<S> & { id: string })[] {
  const out: (z.infer<S> & { id: string })[] = [];
  root.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const parsed = schema.safeParse(value.toJSON());
    if (parsed.success) out.push({ ...parsed.data, id });
  });
  return out;
}

/** Creates a record (or overwrites one with the same id) from validated fields. Call inside a transaction. */
export function insertRecord(root: Y.Map<unknown>, id: string, fields: Readonly<Record<string, unknown>>): void {
  const record = new Y.Map<unknown>();
  root.set(id, record);
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) record.set(key, value);
}

/**
 * Changes some fields of an existing record (null deletes a field); a missing record is left missing, so an edit
 * that races a delete does not resurrect half a record. Returns whether the record existed. Call inside a transaction.
 */
export function patchRecord(root: Y.Map<unknown>, id: string, patch: Readonly<Record<string, unknown>>): boolean {
  const record = root.get(id);
  if (!(record instanceof Y.Map)) return false;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) record.delete(key);
    else if (record.get(key) !== value) record.set(key, value);
  }
  return true;
}

/** Sets fields of a record, creating it when missing (for records keyed by something stable, e.g. a note id). */
export function upsertRecord(root: Y.Map<unknown>, id: string, patch: Readonly<Record<string, unknown>>): void {
  if (!patchRecord(root, id, patch)) insertRecord(root, id, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null)));
}
