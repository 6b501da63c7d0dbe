import { describe, expect, it } from "vitest";
import { advisePriorities, computeGaps, type DimensionDecision } from "./gaps";

const v = (median: number | null, q1: number | null = median, q3: number | null = median) => ({ median, q1, q3 });

describe("gap view", () => {
  it("sorts dimensions by target median − baseline median, largest first, unrated last", () => {
    const rows = computeGaps(
      ["a", "b", "c", "d", "e"],
      { a: v(2, 1, 3), b: v(1), c: v(4), d: v(null, null, null), e: v(3) },
      { a: v(4, 4, 5), b: v(5), c: v(4), d: v(3), e: v(5) },
    );
    expect(rows.map((r) => [r.dimensionId, r.gap])).toEqual([
      ["b", 4],
      ["a", 2],
      ["e", 2],
      ["c", 0],
      ["d", null],
    ]);
    expect(rows[1]).toMatchObject({ baseline: 2, target: 4, baselineSpread: 2, targetSpread: 1 });
  });

  it("keeps half-point medians and negative gaps (target below today)", () => {
    const rows = computeGaps(["a", "b"], { a: v(3.5), b: v(4) }, { a: v(4), b: v(3) });
    expect(rows.map((r) => r.gap)).toEqual([0.5, -1]);
  });
});

describe("priority advice", () => {
  const d = (over: Partial<DimensionDecision>): DimensionDecision => ({ bottleneck: false, leverage: false, feasible: false, priority: null, rationale: "", ...over });
  const ids = ["a", "b", "c", "d", "e", "f"];

  it("asks for a choice when nothing is chosen", () => {
    expect(advisePriorities(ids, {})).toEqual([{ kind: "none-chosen" }]);
  });

  it("is content with about three priorities, each with a reason", () => {
    expect(advisePriorities(ids, { a: d({ priority: "first", rationale: "x" }), b: d({ priority: "first", rationale: "y" }), c: d({ priority: "second" }) })).toEqual([]);
  });

  it("flags too many priorities, bottlenecks left out and missing reasons", () => {
    const many = Object.fromEntries(["a", "b", "c", "d", "e"].map((id) => [id, d({ priority: "first", rationale: id === "e" ? " " : "ok" })]));
    expect(advisePriorities(ids, { ...many, f: d({ bottleneck: true, priority: "second" }) })).toEqual([
      { kind: "too-many", count: 5 },
      { kind: "bottleneck-left-out", dimensionIds: ["f"] },
      { kind: "missing-rationale", dimensionIds: ["e"] },
    ]);
  });
});
