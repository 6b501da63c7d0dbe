import { describe, expect, it } from "vitest";
import { createRadarGeometry, profileOutline } from "./geometry";
import { bandPath, outlinePath, polygonPath, polylinePath } from "./paths";

const g = createRadarGeometry(4, 100);
const count = (path: string, letter: string): number => path.split(letter).length - 1;

describe("paths", () => {
  it("draws closed polygons and open polylines", () => {
    expect(polygonPath(g.ringPoints(5))).toBe("M0,-100L100,0L0,100L-100,0Z");
    expect(polylinePath([[0, 0], [1, 2]])).toBe("M0,0L1,2");
    expect(polygonPath([[0, 0], [1, 1]])).toBe("");
    expect(polylinePath([[0, 0]])).toBe("");
  });

  it("draws a complete profile closed and a partial one as open runs without lone points", () => {
    expect(outlinePath(profileOutline(g, [5, 5, 5, 5]))).toBe("M0,-100L100,0L0,100L-100,0Z");
    const partial = outlinePath(profileOutline(g, [5, 5, 0, 5]));
    expect(partial).toBe("M-100,0L0,-100L100,0");
    expect(outlinePath(profileOutline(g, [5, null, 5, null]))).toBe("");
  });

  it("draws the band as a ring when complete", () => {
    const band = bandPath(g, [1, 1, 1, 1], [5, 5, 5, 5]);
    expect(count(band, "M")).toBe(2);
    expect(count(band, "Z")).toBe(2);
    expect(band).toContain("M0,-20");
  });

  it("draws the band as strips where only some axes have both bounds", () => {
    const band = bandPath(g, [1, 1, null, 1], [5, 5, 5, null]);
    expect(band).toBe("M0,-100L100,0L20,0L0,-20Z");
    expect(bandPath(g, [null, null, null, null], [5, 5, 5, 5])).toBe("");
  });
});
