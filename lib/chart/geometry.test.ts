import { describe, expect, it } from "vitest";
import {
  clampLevel,
  createRadarGeometry,
  isPlottable,
  PARK_LEVEL,
  plottedRuns,
  profileOutline,
} from "./geometry";

const close = (actual: readonly number[], expected: readonly number[]): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? Number.NaN, 6));
};

describe("createRadarGeometry", () => {
  const g = createRadarGeometry(8, 100);

  it("runs axes clockwise from 12 o'clock", () => {
    expect(g.axisAngle(0)).toBe(0);
    expect(g.axisAngle(2)).toBeCloseTo(Math.PI / 2);
    close(g.pointAt(0, 5), [0, -100]); // up
    close(g.pointAt(2, 5), [100, 0]); // right (3 o'clock)
    close(g.pointAt(4, 5), [0, 100]); // down
    close(g.pointAt(6, 5), [-100, 0]); // left
  });

  it("spaces rings 1…5 evenly and puts level 0 at the centre", () => {
    expect(g.levelRadius(0)).toBe(0);
    expect(g.levelRadius(1)).toBe(20);
    expect(g.levelRadius(3.5)).toBe(70);
    close(g.pointAt(3, 0), [0, 0]);
    const ring = g.ringPoints(2);
    expect(ring).toHaveLength(8);
    ring.forEach((p) => expect(Math.hypot(p[0], p[1])).toBeCloseTo(40));
  });

  it("parks unrated handles off the centre but inside ring 1", () => {
    expect(g.levelRadius(PARK_LEVEL)).toBeGreaterThan(0);
    expect(g.levelRadius(PARK_LEVEL)).toBeLessThan(g.levelRadius(1));
  });

  it("snaps a pointer to the nearest level along the axis", () => {
    const [x, y] = g.pointAt(1, 3);
    expect(g.levelFromPoint(1, x, y)).toBe(3);
    expect(g.levelFromPoint(1, x * 1.15, y * 1.15)).toBe(3); // 3.45 → 3
    expect(g.levelFromPoint(1, x * 1.2, y * 1.2)).toBe(4); // 3.6 → 4
    // Off-axis: only the component along the axis counts.
    expect(g.levelFromPoint(2, 60, -35)).toBe(3);
  });

  it("clamps inside ring 0.5, behind the centre and beyond ring 5", () => {
    expect(g.levelFromPoint(0, 0, -5)).toBe(1);
    expect(g.levelFromPoint(0, 0, 0)).toBe(1);
    expect(g.levelFromPoint(0, 0, 80)).toBe(1); // pointer on the opposite side
    expect(g.levelFromPoint(0, 0, -500)).toBe(5);
  });

  it("projects without rounding", () => {
    expect(g.projectOnAxis(0, 0, -50)).toBeCloseTo(2.5);
    expect(g.projectOnAxis(4, 0, -50)).toBeCloseTo(-2.5);
  });

  it("finds the angularly nearest axis", () => {
    expect(g.nearestAxis(0, -10)).toBe(0);
    expect(g.nearestAxis(10, 0)).toBe(2);
    expect(g.nearestAxis(-10, -10)).toBe(7);
    expect(g.nearestAxis(-1, -100)).toBe(0); // just left of 12 o'clock wraps to axis 0, not 8
    expect(g.nearestAxis(...g.pointAt(5, 0.3))).toBe(5);
    // Halfway between axes 0 and 1 (22.5°) goes to the lower index; just past it to the next.
    const mid = Math.PI / 8;
    expect(g.nearestAxis(Math.sin(mid - 0.01), -Math.cos(mid - 0.01))).toBe(0);
    expect(g.nearestAxis(Math.sin(mid + 0.01), -Math.cos(mid + 0.01))).toBe(1);
  });

  it("rejects impossible radars", () => {
    expect(() => createRadarGeometry(2, 100)).toThrow();
    expect(() => createRadarGeometry(8, 0)).toThrow();
  });
});

describe("levels", () => {
  it("clamps to 1–5", () => {
    expect(clampLevel(-3)).toBe(1);
    expect(clampLevel(9)).toBe(5);
    expect(clampLevel(Number.NaN)).toBe(1);
  });

  it("plots 1–5 (fractions too) and nothing else", () => {
    expect([1, 3.5, 5].every(isPlottable)).toBe(true);
    expect([0, 6, null, undefined, Number.NaN].some(isPlottable)).toBe(false);
  });
});

describe("profile outlines", () => {
  const g = createRadarGeometry(8, 100);

  it("closes a complete profile", () => {
    const outline = profileOutline(g, [1, 2, 3, 4, 5, 4, 3, 2]);
    expect(outline.closed).toBe(true);
    expect(outline.runs).toHaveLength(1);
    close(outline.runs[0]?.[4] ?? [], [0, 100]);
  });

  it("treats 0 and missing as gaps, not the centre", () => {
    const outline = profileOutline(g, [3, 3, 0, 3, undefined, 3, 3, 3]);
    expect(outline.closed).toBe(false);
    expect(outline.runs.map((r) => r.length)).toEqual([1, 5]); // [3] and [5, 6, 7, 0, 1]
    outline.runs.flat().forEach((p) => expect(Math.hypot(p[0], p[1])).toBeCloseTo(60));
  });

  it("keeps a run that wraps past the last axis in one piece", () => {
    expect(plottedRuns([2, 2, null, null, null, null, 2, 2], 8)).toEqual([[6, 7, 0, 1]]);
    expect(plottedRuns([null, 2, 2, null, 2, null, null, null], 8)).toEqual([[1, 2], [4]]);
    expect(plottedRuns([], 8)).toEqual([]);
    expect(plottedRuns([1, 1, 1], 3)).toEqual([[0, 1, 2]]);
  });
});
