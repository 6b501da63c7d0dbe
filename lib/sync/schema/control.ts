import type * as Y from "yjs";
import { z } from "zod";
import { DEFAULT_DOTS_PER_PERSON } from "../../workshop/votes";
import { SCHEMA_VERSION } from "./version";

/** control: facilitator state in one map. */
const ROOT = { control: "control" } as const;

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

