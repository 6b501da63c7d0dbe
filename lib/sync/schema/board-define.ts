import type * as Y from "yjs";
import { z } from "zod";
import { factorTextSchema, suggestionFactorId, suggestionIdSchema, type AddedFactor, type SuggestionId } from "../../workshop/success-factors";
import { successFactorsRoot } from "./board";
import { insertRecord, readRecords } from "./records";

/** A success factor someone added: their own words, or one of the seed's suggested non-negotiables. */
const addedFactorSchema = z
  .object({
    text: factorTextSchema.optional(),
    suggestionId: suggestionIdSchema.optional(),
    authorId: z.string().min(1).max(64),
    createdAt: z.number().finite(),
  })
  .refine((f) => (f.text === undefined) !== (f.suggestionId === undefined), "a factor has either text or a suggestion id");

/** Reads the factors people added (seeds are not stored: lib/workshop/success-factors listFactors adds them). */
export function readAddedFactors(doc: Y.Doc): AddedFactor[] {
  return readRecords(successFactorsRoot(doc), addedFactorSchema);
}

/** Adds a factor in someone's own words. */
export function addFactor(doc: Y.Doc, id: string, factor: { text: string; authorId: string; createdAt: number }, origin?: unknown): void {
  const fields = addedFactorSchema.parse(factor);
  doc.transact(() => insertRecord(successFactorsRoot(doc), id, fields), origin);
}

/** Adds a suggested non-negotiable under its deterministic id (adding it twice keeps one). */
export function addSuggestedFactor(doc: Y.Doc, suggestionId: SuggestionId, by: { authorId: string; createdAt: number }, origin?: unknown): void {
  const fields = addedFactorSchema.parse({ suggestionId, ...by });
  const id = suggestionFactorId(suggestionId);
  doc.transact(() => {
    if (!successFactorsRoot(doc).has(id)) insertRecord(successFactorsRoot(doc), id, fields);
  }, origin);
}

/** Removes an added factor (seeds cannot be removed, only set aside by the facilitator). */
export function deleteFactor(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => successFactorsRoot(doc).delete(id), origin);
}
