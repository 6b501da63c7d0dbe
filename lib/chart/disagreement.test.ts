import { describe, expect, it } from "vitest";
import { aggregateScores } from "../workshop/scores";
import { dimensionsToDiscuss, isWideSpread } from "./disagreement";

describe("isWideSpread", () => {
  it("flags a split room by its interquartile range", () => {
    expect(isWideSpread(aggregateScores([1, 1, 2, 4, 5, 5]))).toBe(true); // q1 1.25, q3 4.75
    expect(isWideSpread(aggregateScores([3, 3, 4, 4, 3, 4]))).toBe(false);
  });

  it("ignores a lone outlier in a larger group", () => {
    expect(isWideSpread(aggregateScores([1, 4, 4, 4, 4, 4, 4, 4]))).toBe(false);
  });

  it("uses the range in small groups, where quartiles hide a split", () => {
    const pair = aggregateScores([2, 5]);
    expect((pair.q3 ?? 0) - (pair.q1 ?? 0)).toBeLessThan(2);
    expect(isWideSpread(pair)).toBe(true);
    expect(isWideSpread(aggregateScores([3, 5]))).toBe(false);
    expect(isWideSpread(aggregateScores([2, 2, 2, 3, 5]))).toBe(false); // five people: IQR only
  });

  it("needs at least two numeric ratings", () => {
    expect(isWideSpread(aggregateScores([5]))).toBe(false);
    expect(isWideSpread(aggregateScores([0, 0, 1]))).toBe(false);
    expect(isWideSpread(null)).toBe(false);
  });
});

describe("dimensionsToDiscuss", () => {
  it("keeps the axis order and is empty while hidden", () => {
    const group = { a: aggregateScores([1, 5]), b: aggregateScores([3, 3]), c: aggregateScores([1, 1, 5, 5]) };
    expect(dimensionsToDiscuss(["c", "b", "a"], group)).toEqual(["c", "a"]);
    expect(dimensionsToDiscuss(["a"], null)).toEqual([]);
  });
});
