import type * as Y from "yjs";
import { z } from "zod";
import { PROFILES, scoreValueSchema, type Profile } from "../../workshop/scores";

/** results: written by the server only, in one map. */
const ROOT = { results: "results" } as const;

const aggregateSchema = z.object({
  n: z.number().int(),
  notAssessed: z.number().int(),
  median: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});

/** One profile's results. Before reveal only the number of respondents is present. */
export const profileResultSchema = z.discriminatedUnion("revealed", [
  z.object({ revealed: z.literal(false), respondents: z.number().int() }),
  z.object({
    revealed: z.literal(true),
    respondents: z.number().int(),
    dimensions: z.record(z.string(), aggregateSchema),
    /** Aggregates per sector id (then per dimension id); absent in results written before sectors were derived. */
    bySector: z.record(z.string(), z.record(z.string(), aggregateSchema)).optional(),
    /** Individual sheets, only when the workshop is not anonymous. */
    individual: z.array(z.object({ participantId: z.string(), scores: z.record(z.string(), scoreValueSchema) })).optional(),
  }),
]);
export type ProfileResult = z.infer<typeof profileResultSchema>;

export const voteResultSchema = z.discriminatedUnion("revealed", [
  z.object({ revealed: z.literal(false), voters: z.number().int() }),
  z.object({ revealed: z.literal(true), voters: z.number().int(), tally: z.record(z.string(), z.number().int()) }),
]);
export type VoteResult = z.infer<typeof voteResultSchema>;

export const resultsSchema = z.object({
  baseline: profileResultSchema,
  target: profileResultSchema,
  votes: voteResultSchema,
});
export type Results = z.infer<typeof resultsSchema>;

export const EMPTY_RESULTS: Results = {
  baseline: { revealed: false, respondents: 0 },
  target: { revealed: false, respondents: 0 },
  votes: { revealed: false, voters: 0 },
};

/** Reads the results document; a missing or malformed part reads as "nothing revealed". */
export function readResults(doc: Y.Doc): Results {
  const map = doc.getMap<unknown>(ROOT.results);
  const profile = (p: Profile): ProfileResult => {
    const parsed = profileResultSchema.safeParse(map.get(p));
    return parsed.success ? parsed.data : EMPTY_RESULTS[p];
  };
  const votes = voteResultSchema.safeParse(map.get("votes"));
  return { baseline: profile("baseline"), target: profile("target"), votes: votes.success ? votes.data : EMPTY_RESULTS.votes };
}

/** Server only: write derived results, touching only the parts that changed (no churn for idle rooms). */
export function writeResults(doc: Y.Doc, results: Results, origin?: unknown): boolean {
  const map = doc.getMap<unknown>(ROOT.results);
  let changed = false;
  doc.transact(() => {
    for (const key of [...PROFILES, "votes"] as const) {
      const next = results[key];
      if (JSON.stringify(map.get(key)) !== JSON.stringify(next)) {
        map.set(key, next);
        changed = true;
      }
    }
  }, origin);
  return changed;
}

