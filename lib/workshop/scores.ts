import { quantileSorted } from "d3";
import { z } from "zod";

/** A rating on the 1–5 scale; 0 stands for "not assessed" (a deliberate answer, unlike an absent one). */
export const scoreValueSchema = z.number().int().min(0).max(5);
export type ScoreValue = z.infer<typeof scoreValueSchema>;
export const NOT_ASSESSED = 0;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** The profiles a participant rates: where the cluster stands (step 1) and where it should be (step 2). */
export const PROFILES = ["baseline", "target"] as const;
export type Profile = (typeof PROFILES)[number];

/** The group's view of one dimension. Quartiles use linear interpolation (R-7, as spreadsheets do). */
export interface DimensionAggregate {
  /** Numeric ratings counted (1–5). */
  readonly n: number;
  /** People who answered "not assessed". */
  readonly notAssessed: number;
  readonly median: number | null;
  readonly q1: number | null;
  readonly q3: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** Aggregates the answers of many participants for one dimension; ignores anything outside the scale. */
export function aggregateScores(values: readonly unknown[]): DimensionAggregate {
  const rated: number[] = [];
  let notAssessed = 0;
  for (const v of values) {
    const parsed = scoreValueSchema.safeParse(v);
    if (!parsed.success) continue;
    if (parsed.data === NOT_ASSESSED) notAssessed += 1;
    else rated.push(parsed.data);
  }
  rated.sort((a, b) => a - b);
  if (rated.length === 0) {
    return { n: 0, notAssessed, median: null, q1: null, q3: null, min: null, max: null };
  }
  return {
    n: rated.length,
    notAssessed,
    median: quantileSorted(rated, 0.5) ?? null,
    q1: quantileSorted(rated, 0.25) ?? null,
    q3: quantileSorted(rated, 0.75) ?? null,
    min: rated[0] ?? null,
    max: rated[rated.length - 1] ?? null,
  };
}

/** One participant's scores for one profile, keyed by dimension id. */
export type ScoreSheet = Readonly<Record<string, ScoreValue>>;

/** Aggregates many score sheets per dimension, for the given dimension ids. */
export function aggregateSheets(
  dimensionIds: readonly string[],
  sheets: readonly ScoreSheet[],
): Record<string, DimensionAggregate> {
  const out: Record<string, DimensionAggregate> = {};
  for (const id of dimensionIds) {
    out[id] = aggregateScores(sheets.map((s) => s[id]).filter((v) => v !== undefined));
  }
  return out;
}

/** Counts the participants who rated at least one dimension (numeric or "not assessed"). */
export function countRespondents(sheets: readonly ScoreSheet[]): number {
  return sheets.filter((s) => Object.keys(s).length > 0).length;
}
