import { describe, expect, it } from "vitest";
import { aggregateSheets, type ScoreSheet } from "../workshop/scores";
import { summariseChart } from "./summary";

const ids = ["a", "b", "c", "d"];
const sheets: ScoreSheet[] = [
  { a: 3, b: 1, c: 2, d: 0 },
  { a: 3, b: 5, c: 4 },
  { a: 3, b: 3, c: 3 },
];

describe("summariseChart", () => {
  it("before reveal tells only my own progress (the blind rule)", () => {
    const s = summariseChart(ids, { a: 4, d: 0 }, null);
    expect(s).toEqual({ rated: 2, total: 4, revealed: false, agreement: [], disagreement: [], above: [], below: [], same: [] });
  });

  it("after reveal names the narrowest and widest spreads and compares me with the median", () => {
    const group = aggregateSheets(ids, sheets);
    const s = summariseChart(ids, { a: 4, b: 3, c: 2, d: 0 }, group);
    expect(s.revealed).toBe(true);
    expect(s.agreement).toEqual(["a"]); // IQR 0
    expect(s.disagreement).toEqual(["b"]); // IQR 2 (c has 1)
    expect(s.above).toEqual(["a"]);
    expect(s.same).toEqual(["b"]);
    expect(s.below).toEqual(["c"]);
  });

  it("names no widest spread when every spread is equal, and skips dimensions with fewer than two ratings", () => {
    const group = aggregateSheets(ids, [{ a: 2, b: 2 }, { a: 2, b: 2, c: 5 }]);
    const s = summariseChart(ids, {}, group);
    expect(s.agreement).toEqual(["a", "b"]);
    expect(s.disagreement).toEqual([]);
    expect(summariseChart(ids, {}, aggregateSheets(ids, [{ a: 1 }])).agreement).toEqual([]);
  });
});
