import type * as Y from "yjs";
import { z } from "zod";
import { STEP_NUMBERS, stepNumberSchema, type StepNumber } from "../../workshop/steps";
import { timerStateSchema, type TimerState } from "../../workshop/timer";
import { DEFAULT_DOTS_PER_PERSON } from "../../workshop/votes";
import { SCHEMA_VERSION } from "./version";

/**
 * control: facilitator state (only facilitators write it, so whatever lives here is enforced by the server).
 * The "control" map holds the scalar state; per-step timers and locks are flat keys `timer-<n>` / `locked-<n>` so
 * two edits to different steps never overwrite each other. Curation of the board (note stars, groups, merges) and
 * step-3 decisions have their own roots (control-curation.ts, control-decide.ts) through the accessors below.
 */
const ROOT = { control: "control", curation: "curation", noteGroups: "note-groups", factorFlags: "factor-flags", decide: "decide", phases: "phases" } as const;
const timerKey = (step: StepNumber) => `timer-${step}`;
const lockedKey = (step: StepNumber) => `locked-${step}`;
const preworkKey = (step: StepNumber) => `prework-${step}`;

/** Whether participants follow the facilitator's step or may browse all steps themselves. */
export const navigationSchema = z.enum(["follow", "free"]);
/** "follow" or "free". */
export type Navigation = z.infer<typeof navigationSchema>;

/** What the facilitator has revealed; each flag opens one kind of result to everybody in the room. */
export const revealSchema = z.object({ baseline: z.boolean(), target: z.boolean(), votes: z.boolean() });
export type Reveal = z.infer<typeof revealSchema>;
export type RevealKey = keyof Reveal;

/**
 * "live": the facilitator runs the steps in the meeting (navigation as set). "prework": before the meeting,
 * participants browse the steps opened for pre-work in their own time, with no facilitator present.
 */
export const sessionPhaseSchema = z.enum(["live", "prework"]);
export type SessionPhase = z.infer<typeof sessionPhaseSchema>;

export const controlSchema = z.object({
  schemaVersion: z.number().int(),
  step: z.number().int().min(1).max(5),
  reveal: revealSchema,
  dotsPerPerson: z.number().int().min(1).max(10),
  /** When true, individual values are never shown, even after reveal. */
  anonymous: z.boolean(),
  navigation: navigationSchema,
  phase: sessionPhaseSchema,
});

/** The control document as screens and the server read it. */
export type Control = z.infer<typeof controlSchema> & {
  /** Each step's countdown, if the facilitator has set one (server-clock epoch ms, lib/workshop/timer.ts). */
  readonly timers: Readonly<Partial<Record<StepNumber, TimerState>>>;
  /** Steps the facilitator has locked: participants may look but not change their inputs there. */
  readonly locked: readonly StepNumber[];
  /** Steps open for pre-work (participants may browse and fill them in while `phase` is "prework"). */
  readonly prework: readonly StepNumber[];
};

export const DEFAULT_CONTROL: Control = {
  schemaVersion: SCHEMA_VERSION,
  step: 1,
  reveal: { baseline: false, target: false, votes: false },
  dotsPerPerson: DEFAULT_DOTS_PER_PERSON,
  anonymous: true,
  navigation: "follow",
  phase: "live",
  timers: {},
  locked: [],
  prework: [],
};

const controlMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.control);

/** Reads the control document; each field falls back to its default when absent or malformed. */
export function readControl(doc: Y.Doc): Control {
  const map = controlMap(doc);
  const pick = <K extends keyof typeof controlSchema.shape>(key: K): Control[K] => {
    const parsed = controlSchema.shape[key].safeParse(map.get(key));
    return parsed.success ? (parsed.data as Control[K]) : DEFAULT_CONTROL[key];
  };
  const timers: Partial<Record<StepNumber, TimerState>> = {};
  const locked: StepNumber[] = [];
  const prework: StepNumber[] = [];
  for (const step of STEP_NUMBERS) {
    if (map.get(preworkKey(step)) === true) prework.push(step);
    const timer = timerStateSchema.safeParse(map.get(timerKey(step)));
    if (timer.success) timers[step] = timer.data;
    if (map.get(lockedKey(step)) === true) locked.push(step);
  }
  return {
    schemaVersion: pick("schemaVersion"),
    step: pick("step"),
    reveal: pick("reveal"),
    dotsPerPerson: pick("dotsPerPerson"),
    anonymous: pick("anonymous"),
    navigation: pick("navigation"),
    phase: pick("phase"),
    timers,
    locked,
    prework,
  };
}

/** Facilitator: reveal or hide one kind of result. */
export function setReveal(doc: Y.Doc, key: RevealKey, revealed: boolean, origin?: unknown): void {
  doc.transact(() => {
    const map = controlMap(doc);
    map.set("reveal", { ...readControl(doc).reveal, [key]: revealed });
    map.set("schemaVersion", SCHEMA_VERSION);
  }, origin);
}

/** Facilitator: move everybody to a step (1–5). */
export function setStep(doc: Y.Doc, step: number, origin?: unknown): void {
  const parsed = controlSchema.shape.step.parse(step);
  doc.transact(() => controlMap(doc).set("step", parsed), origin);
}

/** Facilitator: let participants browse steps freely, or make them follow the current step. */
export function setNavigation(doc: Y.Doc, navigation: Navigation, origin?: unknown): void {
  const parsed = navigationSchema.parse(navigation);
  doc.transact(() => controlMap(doc).set("navigation", parsed), origin);
}

/** Facilitator: set, change or (null) clear a step's countdown. Compute the state with lib/workshop/timer.ts. */
export function setTimer(doc: Y.Doc, step: number, timer: TimerState | null, origin?: unknown): void {
  const key = timerKey(stepNumberSchema.parse(step));
  doc.transact(() => {
    if (timer === null) controlMap(doc).delete(key);
    else controlMap(doc).set(key, timerStateSchema.parse(timer));
  }, origin);
}

/** Facilitator: lock (read-only for participants) or unlock a step. */
export function setLocked(doc: Y.Doc, step: number, locked: boolean, origin?: unknown): void {
  const key = lockedKey(stepNumberSchema.parse(step));
  doc.transact(() => {
    if (locked) controlMap(doc).set(key, true);
    else controlMap(doc).delete(key);
  }, origin);
}

/** Facilitator: switch between pre-work (participants browse the opened steps on their own) and running live. */
export function setSessionPhase(doc: Y.Doc, phase: SessionPhase, origin?: unknown): void {
  const parsed = sessionPhaseSchema.parse(phase);
  doc.transact(() => controlMap(doc).set("phase", parsed), origin);
}

/** Facilitator: open a step for pre-work, or close it again (its inputs stay). */
export function setPreworkOpen(doc: Y.Doc, step: number, open: boolean, origin?: unknown): void {
  const key = preworkKey(stepNumberSchema.parse(step));
  doc.transact(() => {
    if (open) controlMap(doc).set(key, true);
    else controlMap(doc).delete(key);
  }, origin);
}

/** Facilitator: how many dots each participant may place (1–10). Ballots over budget are not counted. */
export function setDotsPerPerson(doc: Y.Doc, dots: number, origin?: unknown): void {
  const parsed = controlSchema.shape.dotsPerPerson.parse(dots);
  doc.transact(() => controlMap(doc).set("dotsPerPerson", parsed), origin);
}

/** The curation root (note stars, groups, merges), for control-curation.ts only. */
export function curationRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.curation);
}

/** The note-groups root, for control-curation.ts only. */
export function noteGroupsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.noteGroups);
}

/** The success-factor flags root (non-negotiable, set aside), for control-curation.ts only. */
export function factorFlagsRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.factorFlags);
}

/** The step-3 decisions root (per dimension: tags, priority, rationale), for control-decide.ts only. */
export function decideRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.decide);
}

/** The step-3 timeframes root (first and second phase), for control-decide.ts only. */
export function phasesRoot(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ROOT.phases);
}

