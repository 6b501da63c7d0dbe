import { describe, expect, it } from "vitest";
import { DIMENSION_IDS } from "../workshop/content";
import { deriveResults, type ParticipantInputs } from "./derive-results";
import { DEFAULT_CONTROL } from "./schema";

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
