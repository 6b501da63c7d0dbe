import { describe, expect, it } from "vitest";
import { createRadarGeometry } from "./geometry";
import { fitViewBox, placeLabel, wrapLabel } from "./labels";

const font = { size: 10, lineHeight: 1.2, charWidth: 0.5 };

describe("wrapLabel", () => {
  it("wraps on words and never breaks a long word", () => {
    expect(wrapLabel("Cross-sector mix", 12)).toEqual(["Cross-sector", "mix"]);
    expect(wrapLabel("Finance", 12)).toEqual(["Finance"]);
    expect(wrapLabel("Międzysektorowość", 10)).toEqual(["Międzysektorowość"]);
    expect(wrapLabel("  a b  c ", 3)).toEqual(["a b", "c"]);
    expect(wrapLabel("", 10)).toEqual([]);
  });
});

describe("placeLabel", () => {
  const g = createRadarGeometry(4, 100);

  it("centres top and bottom labels and pushes them away from the chart", () => {
    const top = placeLabel(g, 0, ["ab", "cd"], font, 10);
    expect(top.anchor).toBe("middle");
    expect(top.box.maxY).toBeCloseTo(-110);
    expect(top.baselines[0]).toBeLessThan(top.baselines[1] ?? 0);
    const bottom = placeLabel(g, 2, ["ab"], font, 10);
    expect(bottom.box.minY).toBeCloseTo(110);
  });

  it("starts right-hand labels and ends left-hand ones at the anchor", () => {
    const right = placeLabel(g, 1, ["abcd"], font, 10);
    expect(right.anchor).toBe("start");
    expect(right.box.minX).toBeCloseTo(110);
    expect(right.box.maxX).toBeCloseTo(130);
    const left = placeLabel(g, 3, ["abcd"], font, 10);
    expect(left.anchor).toBe("end");
    expect(left.box.maxX).toBeCloseTo(-110);
  });
});

describe("fitViewBox", () => {
  it("bounds every box plus a margin", () => {
    const fit = fitViewBox(
      [
        { minX: -10, minY: -5, maxX: 10, maxY: 5 },
        { minX: 0, minY: 0, maxX: 30, maxY: 20 },
      ],
      2,
    );
    expect(fit).toEqual({ viewBox: "-12 -7 44 29", width: 44, height: 29 });
  });
});
