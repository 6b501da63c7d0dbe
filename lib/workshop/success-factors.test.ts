import { describe, expect, it } from "vitest";
import { content } from "./content";
import { listFactors, openSuggestions, seedFactorId } from "./success-factors";

const seeds = content.successFactors.map((f) => f.id);

describe("success factors", () => {
  it("starts with the seed's five general factors", () => {
    expect(seeds).toEqual(["idea", "activities", "organisation", "driving-forces-commitment", "critical-mass"]);
    expect(listFactors(seeds, [], {}).map((f) => f.id)).toEqual(seeds.map(seedFactorId));
  });

  it("adds people's factors oldest first, non-negotiables on top and set-aside ones at the bottom", () => {
    const added = [
      { id: "f2", text: "A paid coordinator", authorId: "pb", createdAt: 2 },
      { id: "suggestion-legitimacy", suggestionId: "legitimacy" as const, authorId: "pa", createdAt: 1 },
      { id: "broken", authorId: "pc", createdAt: 3 },
    ];
    const flags = { "f2": { nonNegotiable: true, setAside: false }, "seed-idea": { nonNegotiable: false, setAside: true } };
    const listed = listFactors(seeds, added, flags);
    expect(listed.map((f) => f.id)).toEqual([
      "f2",
      "seed-activities",
      "seed-organisation",
      "seed-driving-forces-commitment",
      "seed-critical-mass",
      "suggestion-legitimacy",
      "seed-idea",
    ]);
    expect(listed[0]).toMatchObject({ source: { kind: "custom", text: "A paid coordinator" }, authorId: "pb", nonNegotiable: true });
    expect(listed[5]?.source).toEqual({ kind: "suggestion", suggestionId: "legitimacy" });
  });

  it("offers only the suggestions not yet added", () => {
    expect(openSuggestions([{ suggestionId: "inclusion" }, {}])).toEqual(["legitimacy", "governance-quality", "financial-resilience"]);
  });
});
