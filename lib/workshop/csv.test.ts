import { describe, expect, it } from "vitest";
import { BOM, csvCell, toCsv } from "./csv";

describe("csv", () => {
  it("starts with a BOM, quotes what needs quoting and keeps Polish characters", () => {
    const csv = toCsv(["a", "b"], [["Zażółć gęślą jaźń", 'say "hi", twice'], [3, "line\nbreak"]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\nZażółć gęślą jaźń,"say ""hi"", twice"\r\n3,"line\nbreak"\r\n');
    expect(new TextDecoder().decode(new TextEncoder().encode(csv)).includes("ż")).toBe(true);
  });
  it("defuses spreadsheet formulas and leaves numbers alone", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("-3")).toBe("'-3");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});
