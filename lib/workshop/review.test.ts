import { describe, expect, it } from "vitest";
import { emptyGoal } from "./goals";
import { emptyPlan } from "./plan";
import { reviewGoals, reviewPlans, reviewPriorities, reviewSnapshot, reviewVision } from "./review";

const ids = ["a", "b", "c", "d"];
const NO_DECISION = { bottleneck: false, leverage: false, feasible: false, priority: null, rationale: "" };
const v = (median: number, q1 = median, q3 = median) => ({ median, q1, q3, n: 3, notAssessed: 0 });

describe("evaluate-mode checks", () => {
  it("step 1: a maturity snapshot from the revealed baseline, pending before", () => {
    expect(reviewSnapshot(ids, null)).toEqual([{ id: "snapshot-pending", status: "pending", dimensionIds: [] }]);
    const checks = reviewSnapshot(ids, { a: v(4.5), b: v(2), c: v(3, 1.5, 4), d: { median: null, q1: null, q3: null, n: 0, notAssessed: 2 } });
    expect(checks).toEqual([
      { id: "strengths", status: "ok", dimensionIds: ["a"] },
      { id: "weaknesses", status: "attention", dimensionIds: ["b"] },
      { id: "disagreement", status: "attention", dimensionIds: ["c"] },
      { id: "unknown", status: "attention", dimensionIds: ["d"] },
    ]);
  });
  it("step 2: a written vision, a shared target and named non-negotiables", () => {
    const checks = reviewVision(ids, { visionWords: 3, target: { a: v(4, 2, 5) }, nonNegotiables: 0 });
    expect(checks.map((c) => [c.id, c.status, c.dimensionIds])).toEqual([
      ["vision-written", "attention", []],
      ["target-shared", "attention", ["a"]],
      ["non-negotiables", "attention", []],
    ]);
    expect(reviewVision(ids, { visionWords: 12, target: null, nonNegotiables: 1 }).map((c) => c.status)).toEqual(["ok", "pending", "ok"]);
  });
  it("step 3: priorities that miss the largest gaps without a reason are pointed out", () => {
    const baseline = { a: v(1), b: v(2), c: v(3), d: v(4) };
    const target = { a: v(5), b: v(4), c: v(4), d: v(4.5) };
    const pick = (id: string, extra = {}) => ({ ...NO_DECISION, priority: "first" as const, rationale: "why", ...extra });
    expect(reviewPriorities(ids, {}, baseline, target)).toEqual([{ id: "priorities-none", status: "pending", dimensionIds: [] }]);
    expect(reviewPriorities(ids, { a: pick("a"), d: pick("d") }, baseline, target)).toEqual([{ id: "priorities-gaps", status: "attention", dimensionIds: ["d"] }]);
    expect(reviewPriorities(ids, { a: pick("a"), d: pick("d", { leverage: true }) }, baseline, target).map((c) => c.id)).toEqual(["priorities-ok", "priorities-gaps"]);
  });
  it("steps 4 and 5: measurable, dated goals; owned, resourced, scheduled measures", () => {
    expect(reviewGoals([], "2026-01-01")[0]?.status).toBe("pending");
    const vague = { ...emptyGoal("a"), statement: "Better funding for the cluster overall soon" };
    const good = { ...emptyGoal("b"), statement: "Secure 3 funding sources for the cluster by 2027", deadline: "2027-06-30", indicators: [{ id: "i", createdAt: 0, name: "sources", baseline: "1", target: "3", unit: "", source: "" }] };
    expect(reviewGoals([vague, good], "2026-01-01")).toEqual([
      { id: "goals-measurable", status: "attention", dimensionIds: ["a"] },
      { id: "goals-dated", status: "attention", dimensionIds: ["a"] },
    ]);
    const plan = { ...emptyPlan("a"), measures: [{ id: "m", type: "pilots" as const, text: "Pilot", owner: "", contributors: "", resources: {}, exampleId: null, createdAt: 0 }] };
    expect(reviewPlans([plan]).map((c) => [c.id, c.status])).toEqual([["plans-owned", "attention"], ["plans-resourced", "attention"], ["plans-scheduled", "attention"]]);
  });
});
