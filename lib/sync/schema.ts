import * as Y from "yjs";
import { z } from "zod";
import { DEFAULT_DOTS_PER_PERSON } from "../workshop/votes";
import { PROFILES, scoreValueSchema, type Profile, type ScoreSheet, type ScoreValue } from "../workshop/scores";

/**
 * The one schema of every Y.Doc in a workshop. This module is the only place that calls
 * doc.getMap / getXmlFragment: reads parse with zod (a bad value reads as absent, never crashes a screen),
 * writes are named mutations inside doc.transact. Bump SCHEMA_VERSION and add a numbered migration when a
 * root name or value shape changes.
 */
export const SCHEMA_VERSION = 1;

// ---- root names -------------------------------------------------------------------------------
const ROOT = {
  /** board: the co-edited vision statement (Tiptap/ProseMirror). */
  vision: "vision",
  /** control: one map of facilitator settings. */
  control: "control",
  /** results: one map written by the server. */
  results: "results",
  /** private: a participant's scores per profile, and dot votes. */
  scores: (profile: Profile) => `scores-${profile}`,
  votes: "votes",
} as const;

// ---- board ------------------------------------------------------------------------------------
/** The vision statement's shared fragment (bind Tiptap's Collaboration extension to it). */
export function visionFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ROOT.vision);
}

// ---- control ----------------------------------------------------------------------------------
/** What the facilitator has revealed; each flag opens one kind of result to everybody in the room. */
export const revealSchema = z.object({ baseline: z.boolean(), target: z.boolean(), votes: z.boolean() });
export type Reveal = z.infer<typeof revealSchema>;
export type RevealKey = keyof Reveal;

export const controlSchema = z.object({
  schemaVersion: z.number().int(),
  step: z.number().int().min(1).max(5),
  reveal: revealSchema,
  dotsPerPerson: z.number().int().min(1).max(10),
  /** When true, individual values are never shown, even after reveal. */
  anonymous: z.boolean(),
});
export type Control = z.infer<typeof controlSchema>;

export const DEFAULT_CONTROL: Control = {
  schemaVersion: SCHEMA_VERSION,
  step: 1,
  reveal: { baseline: false, target: false, votes: false },
  dotsPerPerson: DEFAULT_DOTS_PER_PERSON,
  anonymous: true,
};

/** Reads the control document; each field falls back to its default when absent or malformed. */
export function readControl(doc: Y.Doc): Control {
  const map = doc.getMap<unknown>(ROOT.control);
  const pick = <K extends keyof Control>(key: K): Control[K] => {
    const parsed = controlSchema.shape[key].safeParse(map.get(key));
    return parsed.success ? (parsed.data as Control[K]) : DEFAULT_CONTROL[key];
  };
  return {
    schemaVersion: pick("schemaVersion"),
    step: pick("step"),
    reveal: pick("reveal"),
    dotsPerPerson: pick("dotsPerPerson"),
    anonymous: pick("anonymous"),
  };
}

/** Facilitator: reveal or hide one kind of result. */
export function setReveal(doc: Y.Doc, key: RevealKey, revealed: boolean, origin?: unknown): void {
  doc.transact(() => {
    const map = doc.getMap<unknown>(ROOT.control);
    map.set("reveal", { ...readControl(doc).reveal, [key]: revealed });
    map.set("schemaVersion", SCHEMA_VERSION);
  }, origin);
}

/** Facilitator: move everybody to a step (1–5). */
export function setStep(doc: Y.Doc, step: number, origin?: unknown): void {
  const parsed = controlSchema.shape.step.parse(step);
  doc.transact(() => doc.getMap<unknown>(ROOT.control).set("step", parsed), origin);
}

// ---- private ----------------------------------------------------------------------------------
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

// ---- results ----------------------------------------------------------------------------------
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

// ---- observation helpers ----------------------------------------------------------------------
/** Subscribes to every change of a document's shared state; returns the unsubscribe function. */
export function observeDoc(doc: Y.Doc, onChange: () => void): () => void {
  const handler = () => onChange();
  doc.on("update", handler);
  return () => doc.off("update", handler);
}
