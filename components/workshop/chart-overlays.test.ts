import { describe, expect, it } from "vitest";
import { aggregateScores } from "../../lib/workshop/scores";
import { caseOverlays, individualSheets, sectorOverlays } from "./chart-overlays";

const sectors = { public: "Public sector", private: "Private sector", academia: "Academia" };

describe("chart overlays from results", () => {
  it("turns revealed sector aggregates into median lines in content order, with the sector's name", () => {
    const result = {
      revealed: true as const,
      respondents: 6,
      dimensions: {},
      bySector: {
        academia: { a: aggregateScores([1, 2, 3]) },
        public: { a: aggregateScores([4, 4, 5]), b: aggregateScores([]) },
      },
    };
    expect(sectorOverlays(result, { sectors })).toEqual([
      { id: "public", label: "Public sector", values: { a: 4, b: null } },
      { id: "academia", label: "Academia", values: { a: 2 } },
    ]);
  });

  it("has nothing before reveal or without per-sector results", () => {
    expect(sectorOverlays({ revealed: false, respondents: 3 }, { sectors })).toEqual([]);
    expect(sectorOverlays({ revealed: true, respondents: 3, dimensions: {} }, { sectors })).toEqual([]);
    expect(individualSheets({ revealed: true, respondents: 3, dimensions: {} })).toEqual([]);
  });

  it("passes individual sheets and case levels through", () => {
    const result = { revealed: true as const, respondents: 1, dimensions: {}, individual: [{ participantId: "p1", scores: { a: 3 } }] };
    expect(individualSheets(result)).toEqual([{ id: "p1", values: { a: 3 } }]);
    expect(caseOverlays({ caseProfiles: [{ id: "ozrss", name: "OZRSS", levels: { a: 4 } }] })).toEqual([{ id: "ozrss", label: "OZRSS", values: { a: 4 } }]);
    expect(caseOverlays({})).toEqual([]);
  });
});
