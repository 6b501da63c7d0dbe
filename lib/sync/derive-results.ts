import { aggregateSheets, countRespondents, PROFILES, type DimensionAggregate, type ScoreSheet } from "../workshop/scores";
import { tallyBallots } from "../workshop/votes";
import type { Control, ProfileResult, Results } from "./schema";

/** One participant's inputs as the server reads them from their private document. */
export interface ParticipantInputs {
  readonly participantId: string;
  readonly baseline: ScoreSheet;
  readonly target: ScoreSheet;
  readonly ballot: Readonly<Record<string, unknown>>;
  /** The sector the participant chose when joining (content sector id); null/absent when unknown. */
  readonly sector?: string | null;
}

/**
 * In an anonymous workshop a sector's own aggregates are published only when at least this many people of that
 * sector rated (small-cell suppression): with one or two, min/median/max would give away who said what, since
 * everyone's sector is visible in the room. Non-anonymous workshops publish individual sheets anyway.
 */
export const SECTOR_MIN_RESPONDENTS = 3;

/**
 * Derives what the results document may hold under the blind rule: before a reveal only counts of
 * respondents and voters; after it the aggregates (overall and per sector, see {@link SECTOR_MIN_RESPONDENTS}), and
 * individual sheets only when the workshop is not anonymous.
 */
export function deriveResults(
  control: Pick<Control, "reveal" | "anonymous" | "dotsPerPerson">,
  inputs: readonly ParticipantInputs[],
  dimensionIds: readonly string[],
): Results {
  const profile = (p: (typeof PROFILES)[number]): ProfileResult => {
    const sheets = inputs.map((i) => i[p]);
    const respondents = countRespondents(sheets);
    if (!control.reveal[p]) return { revealed: false, respondents };
    const dimensions = aggregateSheets(dimensionIds, sheets);
    const bySector = aggregateBySector(inputs, p, dimensionIds, control.anonymous ? SECTOR_MIN_RESPONDENTS : 1);
    const sectors = Object.keys(bySector).length > 0 ? { bySector } : {};
    if (control.anonymous) return { revealed: true, respondents, dimensions, ...sectors };
    const individual = inputs
      .filter((i) => Object.keys(i[p]).length > 0)
      .map((i) => ({ participantId: i.participantId, scores: { ...i[p] } }));
    return { revealed: true, respondents, dimensions, ...sectors, individual };
  };
  const { tally, voters } = tallyBallots(
    inputs.map((i) => i.ballot),
    dimensionIds,
    control.dotsPerPerson,
  );
  return {
    baseline: profile("baseline"),
    target: profile("target"),
    votes: control.reveal.votes ? { revealed: true, voters, tally } : { revealed: false, voters },
  };
}

/** Per-sector aggregates of one profile, for sectors with at least `minRespondents` respondents (sorted by sector id). */
function aggregateBySector(
  inputs: readonly ParticipantInputs[],
  profile: (typeof PROFILES)[number],
  dimensionIds: readonly string[],
  minRespondents: number,
): Record<string, Record<string, DimensionAggregate>> {
  const sheetsBySector = new Map<string, ScoreSheet[]>();
  for (const input of inputs) {
    if (!input.sector) continue;
    const sheets = sheetsBySector.get(input.sector) ?? [];
    sheets.push(input[profile]);
    sheetsBySector.set(input.sector, sheets);
  }
  const out: Record<string, Record<string, DimensionAggregate>> = {};
  for (const sector of [...sheetsBySector.keys()].sort()) {
    const sheets = sheetsBySector.get(sector) ?? [];
    if (countRespondents(sheets) >= Math.max(1, minRespondents)) out[sector] = aggregateSheets(dimensionIds, sheets);
  }
  return out;
}
