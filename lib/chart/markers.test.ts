import { describe, expect, it } from "vitest";
import { isStrokedMarker, MARKER_SHAPES, markerPath } from "./markers";

/** Every coordinate pair of the absolute M/L commands of a polygon path. */
const vertices = (d: string): [number, number][] =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("markerPath", () => {
  it("centres every polygon marker on its point", () => {
    for (const shape of ["square", "diamond", "star"] as const) {
      const pts = vertices(markerPath(shape, 10, 20, 8));
      const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
      const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
      expect(cx).toBeCloseTo(10);
      expect(cy).toBeCloseTo(20);
    }
  });

  it("points triangles up and down", () => {
    const up = vertices(markerPath("triangle", 0, 0, 10));
    const down = vertices(markerPath("triangle-down", 0, 0, 10));
    expect(up[0]?.[1]).toBeLessThan(0);
    expect(down[0]?.[1]).toBeGreaterThan(0);
  });

  it("draws a circle as two arcs and a cross as two strokes", () => {
    expect(markerPath("circle", 0, 0, 10)).toBe("M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z");
    expect(markerPath("cross", 0, 0, 10)).toBe("M-5,0H5M0,-5V5");
    expect(markerPath("x", 0, 0, 10)).toBe("M-4,-4L4,4M-4,4L4,-4");
    expect(MARKER_SHAPES.filter(isStrokedMarker)).toEqual(["cross", "x"]);
  });

  it("gives each shape a distinct outline", () => {
    const paths = MARKER_SHAPES.map((s) => markerPath(s, 0, 0, 10));
    expect(new Set(paths).size).toBe(MARKER_SHAPES.length);
  });
});
