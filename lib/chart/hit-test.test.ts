import { describe, expect, it } from "vitest";
import { createRadarGeometry, PARK_LEVEL } from "./geometry";
import { pickAxis } from "./hit-test";

const g = createRadarGeometry(8, 120);

describe("pickAxis", () => {
  it("grabs the nearest handle within reach, even among overlapping parked ones", () => {
    const parked = Array.from({ length: 8 }, (_, i) => g.pointAt(i, PARK_LEVEL));
    const [x, y] = g.pointAt(3, PARK_LEVEL);
    expect(pickAxis(g, parked, x + 1, y, 18)).toEqual({ axisIndex: 3, onHandle: true });
  });

  it("falls back to the nearest axis by angle", () => {
    const handles = [g.pointAt(0, 5), null, null, null, null, null, null, null];
    const [x, y] = g.pointAt(2, 3);
    expect(pickAxis(g, handles, x, y, 18)).toEqual({ axisIndex: 2, onHandle: false });
    const [hx, hy] = g.pointAt(0, 5);
    expect(pickAxis(g, handles, hx + 10, hy, 18)).toEqual({ axisIndex: 0, onHandle: true });
    expect(pickAxis(g, handles, hx + 30, hy, 18).onHandle).toBe(false);
  });
});
