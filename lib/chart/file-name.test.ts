import { describe, expect, it } from "vitest";
import { chartFileName, slugify } from "./file-name";

describe("slugify", () => {
  it("spells accents and special letters in ASCII", () => {
    expect(slugify("Łódź CSEI – kick-off")).toBe("lodz-csei-kick-off");
    expect(slugify("Straße für Zukunft")).toBe("strasse-fur-zukunft");
    expect(slugify("  Pomerania: 2030! ")).toBe("pomerania-2030");
  });

  it("is never empty and never ends in a dash when cut", () => {
    expect(slugify("???")).toBe("workshop");
    expect(slugify("abc def", 4)).toBe("abc");
  });

  it("names chart files by workshop and profile", () => {
    expect(chartFileName("Pomerania CSEI kick-off", "baseline", "svg")).toBe("pomerania-csei-kick-off-baseline.svg");
    expect(chartFileName("", "target", "png")).toBe("workshop-target.png");
  });
});
