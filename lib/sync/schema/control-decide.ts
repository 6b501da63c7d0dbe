import type * as Y from "yjs";
import { z } from "zod";
import type { DimensionDecision } from "../../workshop/gaps";
import { decideRoot, phasesRoot } from "./control";
import { readRecords, upsertRecord } from "./records";

/**
 * Step 3's decisions, in the control document so that only facilitators can make them: per dimension the tags
 * (bottleneck, leverage point, feasible), whether it is a priority now or for a second phase, and why; and the
 * timeframes of both phases.
 */

/** The longest rationale and timeframe texts. */
export const RATIONALE_MAX = 500;
/** The longest timeframe text. */
export const TIMEFRAME_MAX = 120;

/** What a facilitator may write (strict: a bad value is a bug and throws). */
const decisionWrite = z.object({
  bottleneck: z.boolean(),
  leverage: z.boolean(),
  feasible: z.boolean(),
  priority: z.enum(["first", "second"]).nullable(),
  rationale: z.string().max(RATIONALE_MAX),
});
/** What a reader accepts: a missing or malformed field reads as its default. */
const decisionRead = z.object({
  bottleneck: decisionWrite.shape.bottleneck.catch(false),
  leverage: decisionWrite.shape.leverage.catch(false),
  feasible: decisionWrite.shape.feasible.catch(false),
  priority: decisionWrite.shape.priority.catch(null),
  rationale: decisionWrite.shape.rationale.catch(""),
});

/** A dimension nobody has decided anything about. */
export const NO_DECISION: DimensionDecision = { bottleneck: false, leverage: false, feasible: false, priority: null, rationale: "" };

/** Reads the decisions, by dimension id (dimensions without a record are absent). */
export function readDecisions(doc: Y.Doc): Record<string, DimensionDecision> {
  return Object.fromEntries(readRecords(decideRoot(doc), decisionRead).map(({ id, ...d }) => [id, d]));
}

/** Facilitator: change some of a dimension's tags, its priority (null: none) or rationale. */
export function decideDimension(doc: Y.Doc, dimensionId: string, patch: Partial<DimensionDecision>, origin?: unknown): void {
  const parsed = decisionWrite.partial().parse(patch);
  doc.transact(() => upsertRecord(decideRoot(doc), dimensionId, parsed), origin);
}

const phasesWrite = z.object({ timeframe: z.string().max(TIMEFRAME_MAX), secondPhaseTimeframe: z.string().max(TIMEFRAME_MAX) });
const phasesRead = z.object({ timeframe: phasesWrite.shape.timeframe.catch(""), secondPhaseTimeframe: phasesWrite.shape.secondPhaseTimeframe.catch("") });
/** The timeframes of the first phase and of the optional second phase, as the group worded them. */
export type Phases = z.infer<typeof phasesWrite>;
const PHASES_KEY = "phases";

/** Reads the two timeframes (empty when not set). */
export function readPhases(doc: Y.Doc): Phases {
  const record = readRecords(phasesRoot(doc), phasesRead).find((r) => r.id === PHASES_KEY);
  return { timeframe: record?.timeframe ?? "", secondPhaseTimeframe: record?.secondPhaseTimeframe ?? "" };
}

/** Facilitator: set one or both timeframes. */
export function setPhases(doc: Y.Doc, patch: Partial<Phases>, origin?: unknown): void {
  const parsed = phasesWrite.partial().parse(patch);
  doc.transact(() => upsertRecord(phasesRoot(doc), PHASES_KEY, parsed), origin);
}
