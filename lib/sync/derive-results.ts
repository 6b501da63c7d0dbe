import { aggregateSheets, countRespondents, PROFILES, type ScoreSheet } from "../workshop/scores";
import { tallyBallots } from "../workshop/votes";
import type { Control, ProfileResult, Results } from "./schema";

/** One participant's inputs as the server reads them from their private document. */
export interface ParticipantInputs {
  readonly participantId: string;
  readonly baseline: ScoreSheet;
  readonly target: ScoreSheet;
  readonly ballot: Readonly<Record<string, unknown>>;
}

/**
 * Derives what the results document may hold under the blind rule: before a reveal only counts of
 * respondents and voters; after it the aggregates, and individual sheets only when the workshop is not anonymous.
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
    if (control.anonymous) return { revealed: true, respondents, dimensions };
    const individual = inputs
      .filter((i) => Object.keys(i[p]).length > 0)
      .map((i) => ({ participantId: i.participantId, scores: { ...i[p] } }));
    return { revealed: true, respondents, dimensions, individual };
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
