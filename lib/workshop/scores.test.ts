import { describe, expect, it } from "vitest";
import { aggregateScores, aggregateSheets, countRespondents } from "./scores";

describe("aggregateScores", () => {
  it("computes median, quartiles and range of numeric ratings", () => {
    expect(aggregateScores([4, 2, 5, 3])).toEqual({ n: 4, notAssessed: 0, median: 3.5, q1: 2.75, q3: 4.25, min: 2, max: 5 });
  });

  it("counts 'not assessed' apart and ignores values outside the scale", () => {
    const agg = aggregateScores([0, 4, 9, -1, 2.5, "3", null, 4]);
    expect(agg).toMatchObject({ n: 2, notAssessed: 1, median: 4, min: 4, max: 4 });
  });

  it("reports nulls, not zeros, when nobody rated", () => {
    expect(aggregateScores([0, 0])).toEqual({ n: 0, notAssessed: 2, median: null, q1: null, q3: null, min: null, max: null });
  });
});

describe("aggregateSheets", () => {
  it("aggregates per dimension and leaves missing answers out", () => {
    const out = aggregateSheets(["a", "b"], [{ a: 4 }, { a: 2, b: 5 }, {}]);
    expect(out["a"]?.median).toBe(3);
    expect(out["b"]).toMatchObject({ n: 1, median: 5 });
    expect(countRespondents([{ a: 4 }, {}, { b: 0 }])).toBe(2);
  });
});
