import { z } from "zod";

/** Dots each participant may place when the facilitator has not configured another number. */
export const DEFAULT_DOTS_PER_PERSON = 3;

/** One participant's dots, keyed by dimension id (dots may be stacked on one dimension). */
export type Ballot = Readonly<Record<string, number>>;

const dotCount = z.number().int().min(0);

/** Why a ballot does not count. */
export type BallotProblem = "unknown-dimension" | "bad-count" | "over-budget";

/** Checks a ballot against the dimension ids and the dot budget. */
export function checkBallot(
  ballot: Readonly<Record<string, unknown>>,
  dimensionIds: readonly string[],
  dotsPerPerson: number,
): { ok: true; ballot: Ballot; used: number } | { ok: false; reason: BallotProblem } {
  const clean: Record<string, number> = {};
  let used = 0;
  for (const [id, raw] of Object.entries(ballot)) {
    if (!dimensionIds.includes(id)) return { ok: false, reason: "unknown-dimension" };
    const parsed = dotCount.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: "bad-count" };
    if (parsed.data > 0) clean[id] = parsed.data;
    used += parsed.data;
  }
  if (used > dotsPerPerson) return { ok: false, reason: "over-budget" };
  return { ok: true, ballot: clean, used };
}

/** Tallies valid ballots per dimension; invalid ballots are left out and counted as rejected. */
export function tallyBallots(
  ballots: readonly Readonly<Record<string, unknown>>[],
  dimensionIds: readonly string[],
  dotsPerPerson: number,
): { tally: Record<string, number>; voters: number; rejected: number } {
  const tally: Record<string, number> = Object.fromEntries(dimensionIds.map((id) => [id, 0]));
  let voters = 0;
  let rejected = 0;
  for (const b of ballots) {
    const checked = checkBallot(b, dimensionIds, dotsPerPerson);
    if (!checked.ok) {
      rejected += 1;
      continue;
    }
    if (checked.used > 0) voters += 1;
    for (const [id, n] of Object.entries(checked.ballot)) tally[id] = (tally[id] ?? 0) + n;
  }
  return { tally, voters, rejected };
}

/** Adds or removes one dot on a dimension within the budget; returns the new ballot or a reason it cannot. */
export function moveDot(
  ballot: Ballot,
  dimensionId: string,
  delta: 1 | -1,
  dotsPerPerson: number,
): { ok: true; ballot: Ballot } | { ok: false; reason: "no-dots-left" | "none-to-remove" } {
  const current = ballot[dimensionId] ?? 0;
  const used = Object.values(ballot).reduce((a, b) => a + b, 0);
  if (delta === 1 && used >= dotsPerPerson) return { ok: false, reason: "no-dots-left" };
  if (delta === -1 && current === 0) return { ok: false, reason: "none-to-remove" };
  return { ok: true, ballot: { ...ballot, [dimensionId]: current + delta } };
}
