import { describe, expect, it } from "vitest";
import { DIMENSION_IDS } from "../workshop/content";
import { deriveResults, SECTOR_MIN_RESPONDENTS, type ParticipantInputs } from "./derive-results";
import { DEFAULT_CONTROL, resultsSchema } from "./schema";

const p = (id: string, baseline: Record<string, number>, ballot: Record<string, number> = {}): ParticipantInputs => ({
  participantId: id,
  baseline,
  target: {},
  ballot,
});
const inputs = [p("alice", { "financial-model": 4 }, { "financial-model": 2 }), p("bob", { "financial-model": 2 }, { "operating-model": 3 })];

describe("deriveResults (the blind rule)", () => {
  it("before reveal holds only counts, never values or aggregates", () => {
    const r = deriveResults(DEFAULT_CONTROL, inputs, DIMENSION_IDS);
    expect(r.baseline).toEqual({ revealed: false, respondents: 2 });
    expect(r.votes).toEqual({ revealed: false, voters: 2 });
    const json = JSON.stringify(r);
    expect(json).not.toContain("median");
    expect(json).not.toContain("financial-model");
  });

  it("after reveal holds aggregates; individual sheets only when not anonymous", () => {
    const control = { ...DEFAULT_CONTROL, reveal: { baseline: true, target: false, votes: true } };
    const r = deriveResults(control, inputs, DIMENSION_IDS);
    expect(r.baseline.revealed && r.baseline.dimensions["financial-model"]?.median).toBe(3);
    expect(r.baseline.revealed && r.baseline.individual).toBeUndefined();
    expect(r.target).toEqual({ revealed: false, respondents: 0 });
    expect(r.votes.revealed && r.votes.tally["financial-model"]).toBe(2);
    expect(r.votes.revealed && r.votes.tally["operating-model"]).toBe(3);
    const named = deriveResults({ ...control, anonymous: false }, inputs, DIMENSION_IDS);
    expect(named.baseline.revealed && named.baseline.individual?.map((i) => i.participantId)).toEqual(["alice", "bob"]);
  });

  it("leaves out a ballot over the dot budget", () => {
    const control = { ...DEFAULT_CONTROL, reveal: { baseline: false, target: false, votes: true } };
    const r = deriveResults(control, [p("x", {}, { "financial-model": 7 }), p("y", {}, { "financial-model": 1 })], DIMENSION_IDS);
    expect(r.votes).toMatchObject({ revealed: true, voters: 1, tally: { "financial-model": 1 } });
  });
});

describe("deriveResults by sector", () => {
  const revealed = { ...DEFAULT_CONTROL, reveal: { baseline: true, target: false, votes: false } };
  const s = (id: string, sector: string | null, score: number): ParticipantInputs => ({
    participantId: id,
    baseline: { "financial-model": score },
    target: {},
    ballot: {},
    sector,
  });
  const group = [
    s("a1", "academia", 1),
    s("a2", "academia", 2),
    s("a3", "academia", 5),
    s("p1", "public", 4),
    s("p2", "public", 4),
    s("x1", null, 3),
  ];

  it("adds per-sector aggregates after reveal, suppressing sectors under the minimum when anonymous", () => {
    const r = deriveResults(revealed, group, DIMENSION_IDS);
    if (!r.baseline.revealed) throw new Error("expected revealed");
    expect(SECTOR_MIN_RESPONDENTS).toBe(3);
    expect(Object.keys(r.baseline.bySector ?? {})).toEqual(["academia"]);
    expect(r.baseline.bySector?.academia?.["financial-model"]).toMatchObject({ n: 3, median: 2, min: 1, max: 5 });
    // The overall aggregates still count everybody, including people without a sector.
    expect(r.baseline.dimensions["financial-model"]?.n).toBe(6);
  });

  it("publishes every sector when the workshop is not anonymous", () => {
    const r = deriveResults({ ...revealed, anonymous: false }, group, DIMENSION_IDS);
    if (!r.baseline.revealed) throw new Error("expected revealed");
    expect(Object.keys(r.baseline.bySector ?? {})).toEqual(["academia", "public"]);
    expect(r.baseline.bySector?.public?.["financial-model"]?.median).toBe(4);
  });

  it("counts only people who rated this profile towards a sector's minimum", () => {
    const targetOnly = group.map((i): ParticipantInputs => ({ ...i, target: i.sector === "public" ? { "financial-model": 2 } : {} }));
    const r = deriveResults({ ...revealed, reveal: { baseline: false, target: true, votes: false } }, targetOnly, DIMENSION_IDS);
    expect(r.target.revealed && r.target.bySector).toBeUndefined();
  });

  it("never holds sector aggregates before reveal (the blind rule)", () => {
    const r = deriveResults({ ...DEFAULT_CONTROL, anonymous: false }, group, DIMENSION_IDS);
    expect(r.baseline).toEqual({ revealed: false, respondents: 6 });
    expect(JSON.stringify(r)).not.toContain("academia");
  });

  it("round-trips through the results schema, and older results without sectors still parse", () => {
    const r = deriveResults(revealed, group, DIMENSION_IDS);
    expect(resultsSchema.parse(r)).toEqual(r);
    const older = { ...r, baseline: { revealed: true, respondents: 1, dimensions: {} } };
    expect(resultsSchema.safeParse(older).success).toBe(true);
  });
});
