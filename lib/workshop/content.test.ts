import { describe, expect, it } from "vitest";
import { content, DIMENSION_IDS, SECTOR_IDS, toLocale } from "./content";

describe("workshop content", () => {
  it("has the eight dimensions of the method in the seed's order", () => {
    expect(DIMENSION_IDS).toEqual([
      "membership-model",
      "cross-sector-composition",
      "operating-model",
      "coordinating-body",
      "financial-model",
      "service-portfolio",
      "viable-purpose",
      "stakeholder-collaboration",
    ]);
  });

  it("has five steps numbered 1 to 5 and five level descriptors per dimension", () => {
    expect(content.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    for (const d of content.dimensions) expect(d.levelDescriptors.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it("offers the four sectors plus other", () => {
    expect(SECTOR_IDS).toEqual(["public", "private", "social-economy", "academia", "other"]);
  });

  it("maps browser language tags to a supported locale", () => {
    expect(toLocale("pl-PL")).toBe("pl");
    expect(toLocale("de")).toBe("de");
    expect(toLocale("fr-FR")).toBe("en");
    expect(toLocale(undefined)).toBe("en");
  });
});
