import type * as Y from "yjs";
import { scoreValueSchema, type Profile, type ScoreSheet, type ScoreValue } from "../../workshop/scores";

/** private/<participantId>: one participant's scores per profile, and dot votes. */
const ROOT = {
  scores: (profile: Profile) => `scores-${profile}`,
  votes: "votes",
} as const;

/** Reads one participant's scores for a profile; values outside the scale are left out. */
export function readScores(doc: Y.Doc, profile: Profile): ScoreSheet {
  const out: Record<string, ScoreValue> = {};
  doc.getMap<unknown>(ROOT.scores(profile)).forEach((value, key) => {
    const parsed = scoreValueSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  });
  return out;
}

/** Participant: set (or, with null, clear) their own score for one dimension. 0 means "not assessed". */
export function setScore(doc: Y.Doc, profile: Profile, dimensionId: string, value: ScoreValue | null, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(ROOT.scores(profile));
    if (value === null) map.delete(dimensionId);
    else map.set(dimensionId, scoreValueSchema.parse(value));
  }, origin);
}

/** Reads a participant's dot votes as stored (the server checks the budget when it tallies). */
export function readBallot(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  doc.getMap<unknown>(ROOT.votes).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/** Participant: replace their ballot (dimension id → dots). Zero entries are removed. */
export function writeBallot(doc: Y.Doc, ballot: Readonly<Record<string, number>>, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(ROOT.votes);
    for (const key of [...map.keys()]) if (!(key in ballot) || ballot[key] === 0) map.delete(key);
    for (const [key, dots] of Object.entries(ballot)) {
      if (dots > 0 && map.get(key) !== dots) map.set(key, dots);
    }
  }, origin);
}

