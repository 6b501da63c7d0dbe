import { describe, expect, it } from "vitest";
import { layoutRadar, PROJECTOR_LAYOUT } from "./layout";

describe("layoutRadar", () => {
  it("fits rings and every label into the viewBox", () => {
    const shorts = ["Membership", "Cross-sector mix", "Operating model", "Coordination", "Finance", "Services", "Purpose", "Collaboration"];
    const layout = layoutRadar(shorts);
    const [minX = 0, minY = 0, width = 0, height = 0] = layout.viewBox.split(" ").map(Number);
    for (const { box } of layout.labels) {
      expect(box.minX).toBeGreaterThanOrEqual(minX);
      expect(box.maxX).toBeLessThanOrEqual(minX + width);
      expect(box.minY).toBeGreaterThanOrEqual(minY);
      expect(box.maxY).toBeLessThanOrEqual(minY + height);
    }
    expect(minX).toBeLessThanOrEqual(-120);
    expect(layout.labels[1]?.lines).toEqual(["Cross-sector", "mix"]);
    // Wide enough for labels, not absurdly so: keeps text legible on a 360 px phone.
    expect(width).toBeLessThan(460);
  });
});

describe("PROJECTOR_LAYOUT", () => {
  it("draws larger labels that still fit the viewBox", () => {
    const shorts = ["Membership", "Cross-sector mix", "Operating model", "Coordination", "Finance", "Services", "Purpose", "Collaboration"];
    const big = layoutRadar(shorts, PROJECTOR_LAYOUT);
    expect(big.options.font.size).toBeGreaterThan(layoutRadar(shorts).options.font.size);
    const [minX = 0, minY = 0, width = 0, height = 0] = big.viewBox.split(" ").map(Number);
    for (const { box } of big.labels) {
      expect(box.minX).toBeGreaterThanOrEqual(minX);
      expect(box.maxX).toBeLessThanOrEqual(minX + width);
      expect(box.minY).toBeGreaterThanOrEqual(minY);
      expect(box.maxY).toBeLessThanOrEqual(minY + height);
    }
  });
});
