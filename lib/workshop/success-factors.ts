import { z } from "zod";

/**
 * Step 2's success factors. The list starts with the seed's five general factors (content.successFactors, Klofsten's
 * "big five"); the step's non-negotiables named in the seed's question are offered as suggestions anyone can add;
 * people add their own. Ids: `seed-<id>`, `suggestion-<id>` (deterministic, so two people adding the same suggestion
 * at once converge on one factor) or a random id for a factor someone wrote.
 */

/** The non-negotiable success factors the seed names as examples (step 2, prompt "success-factors"). */
export const NON_NEGOTIABLE_SUGGESTIONS = ["legitimacy", "governance-quality", "financial-resilience", "inclusion"] as const;
/** The id of one suggested non-negotiable. */
export type SuggestionId = (typeof NON_NEGOTIABLE_SUGGESTIONS)[number];
/** Parses a suggestion id. */
export const suggestionIdSchema = z.enum(NON_NEGOTIABLE_SUGGESTIONS);

/** The longest success factor a person can write. */
export const FACTOR_TEXT_MAX = 160;
/** A factor as typed: trimmed, not empty, at most {@link FACTOR_TEXT_MAX} characters. */
export const factorTextSchema = z.string().trim().min(1).max(FACTOR_TEXT_MAX);

/** The id of a seed factor. */
export const seedFactorId = (seedId: string) => `seed-${seedId}`;
/** The id of a suggested factor once added. */
export const suggestionFactorId = (id: SuggestionId) => `suggestion-${id}`;

/** Where a factor came from; the UI localises seeds and suggestions, and shows written text as typed. */
export type FactorSource =
  | { readonly kind: "seed"; readonly seedId: string }
  | { readonly kind: "suggestion"; readonly suggestionId: SuggestionId }
  | { readonly kind: "custom"; readonly text: string };

/** One factor as listed, with its flags and its author (none for seeds). */
export interface ListedFactor {
  readonly id: string;
  readonly source: FactorSource;
  readonly authorId: string | null;
  readonly nonNegotiable: boolean;
  readonly setAside: boolean;
}

/** A factor people added, as the board holds it. */
export interface AddedFactor {
  readonly id: string;
  readonly text?: string | undefined;
  readonly suggestionId?: SuggestionId | undefined;
  readonly authorId: string;
  readonly createdAt: number;
}

/**
 * The full list: the five seeds in content order, then added factors oldest first; each with its flags. Non-
 * negotiable factors come first (stable within each part), factors set aside last.
 */
export function listFactors(
  seedIds: readonly string[],
  added: readonly AddedFactor[],
  flags: Readonly<Record<string, { nonNegotiable: boolean; setAside: boolean }>>,
): ListedFactor[] {
  const flagsOf = (id: string) => flags[id] ?? { nonNegotiable: false, setAside: false };
  const seeds: ListedFactor[] = seedIds.map((seedId) => ({ id: seedFactorId(seedId), source: { kind: "seed", seedId }, authorId: null, ...flagsOf(seedFactorId(seedId)) }));
  const people: ListedFactor[] = [...added]
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .flatMap((f): ListedFactor[] => {
      const source: FactorSource | null = f.suggestionId ? { kind: "suggestion", suggestionId: f.suggestionId } : f.text ? { kind: "custom", text: f.text } : null;
      return source ? [{ id: f.id, source, authorId: f.authorId, ...flagsOf(f.id) }] : [];
    });
  const rank = (f: ListedFactor) => (f.setAside ? 2 : f.nonNegotiable ? 0 : 1);
  return [...seeds, ...people].map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
}

/** Suggestions not yet on the list. */
export function openSuggestions(added: readonly Pick<AddedFactor, "suggestionId">[]): SuggestionId[] {
  const used = new Set(added.map((f) => f.suggestionId));
  return NON_NEGOTIABLE_SUGGESTIONS.filter((s) => !used.has(s));
}
