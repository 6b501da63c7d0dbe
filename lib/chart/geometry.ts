import { pointRadial, scaleLinear } from "d3";

/** A point in chart space: origin at the chart centre, y pointing down (SVG convention). */
export type Point = readonly [x: number, y: number];

/** The lowest level drawn: ring 1 ("absent / very weak"). Level 0 ("not assessed") has no ring. */
export const LEVEL_MIN = 1;
/** The highest level drawn: ring 5 ("embedded / very strong"), the chart's outer ring. */
export const LEVEL_MAX = 5;
/** Every level a ring is drawn for (and a drag can snap to), LEVEL_MIN…LEVEL_MAX in order. */
export const LEVELS: readonly number[] = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => LEVEL_MIN + i);

/** Where an unrated or "not assessed" handle parks on its axis, in level units: inside ring 1, off the centre. */
export const PARK_LEVEL = 0.6;

/**
 * The radar's pure geometry for `axisCount` axes, clockwise from 12 o'clock, rings 1…5 evenly spaced out to
 * `radius`. Level 0 is the centre. Every function is total and allocation-light, so it may run per pointer frame.
 */
export interface RadarGeometry {
  readonly axisCount: number;
  readonly radius: number;
  /** Angle of an axis in radians, clockwise from 12 o'clock (d3's radial convention). */
  axisAngle(axisIndex: number): number;
  /** Distance from the centre of a (possibly fractional, e.g. a median of 3.5) level. */
  levelRadius(level: number): number;
  /** The point of a level on an axis; fractional levels are allowed. */
  pointAt(axisIndex: number, level: number): Point;
  /** The vertices of ring `level`, one per axis, in axis order. */
  ringPoints(level: number): Point[];
  /** The pointer's position projected onto an axis, in (unclamped, unrounded) level units; negative behind the centre. */
  projectOnAxis(axisIndex: number, x: number, y: number): number;
  /** The level 1–5 nearest to the pointer's projection on the axis; anything inside ring 1.5 snaps to 1. */
  levelFromPoint(axisIndex: number, x: number, y: number): number;
  /** The axis whose direction is angularly closest to the pointer (ties go to the lower index). */
  nearestAxis(x: number, y: number): number;
}

const TAU = Math.PI * 2;

/** Builds the geometry of a radar with `axisCount` ≥ 3 axes and rings 1…5 out to `radius`. */
export function createRadarGeometry(axisCount: number, radius: number): RadarGeometry {
  if (!Number.isInteger(axisCount) || axisCount < 3) throw new Error(`radar needs ≥ 3 axes, got ${axisCount}`);
  if (!(radius > 0)) throw new Error(`radar radius must be positive, got ${radius}`);

  const step = TAU / axisCount;
  const toRadius = scaleLinear().domain([0, LEVEL_MAX]).range([0, radius]);
  const axisAngle = (axisIndex: number): number => axisIndex * step;
  const pointAt = (axisIndex: number, level: number): Point => {
    const [x, y] = pointRadial(axisAngle(axisIndex), toRadius(level));
    return [x, y];
  };
  const projectOnAxis = (axisIndex: number, x: number, y: number): number => {
    const a = axisAngle(axisIndex);
    // Unit vector of the axis is (sin a, −cos a); the dot product is the distance along it.
    return toRadius.invert(x * Math.sin(a) - y * Math.cos(a));
  };

  return {
    axisCount,
    radius,
    axisAngle,
    levelRadius: (level) => toRadius(level),
    pointAt,
    ringPoints: (level) => Array.from({ length: axisCount }, (_, i) => pointAt(i, level)),
    projectOnAxis,
    levelFromPoint: (axisIndex, x, y) => clampLevel(Math.round(projectOnAxis(axisIndex, x, y))),
    nearestAxis: (x, y) => {
      const angle = (Math.atan2(x, -y) + TAU) % TAU;
      return Math.round(angle / step) % axisCount;
    },
  };
}

/** Clamps any number to a valid level 1–5 (NaN becomes 1). */
export function clampLevel(level: number): number {
  if (Number.isNaN(level)) return LEVEL_MIN;
  return Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, level));
}

/** True for a value that has a place on the rings: a finite number in [1, 5] (fractions allowed for medians). */
export function isPlottable(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= LEVEL_MIN && value <= LEVEL_MAX;
}

/**
 * The outline of a profile (one value per axis, in axis order).
 *
 * Missing values (`null`/`undefined`) and 0 ("not assessed") are gaps, never the centre: the centre would read
 * as "below absent", which neither answer means. A complete profile is one closed polygon; otherwise each
 * maximal run of consecutive plotted axes (wrapping past the last axis) is an open polyline, and a run of one
 * axis is a lone point that the caller marks on its own.
 */
export interface ProfileOutline {
  readonly closed: boolean;
  readonly runs: readonly (readonly Point[])[];
}

/** Computes a profile's outline; see {@link ProfileOutline} for how gaps are drawn. */
export function profileOutline(
  geometry: RadarGeometry,
  values: readonly (number | null | undefined)[],
): ProfileOutline {
  const runs = plottedRuns(values, geometry.axisCount);
  const closed = runs.length === 1 && runs[0]?.length === geometry.axisCount;
  return { closed, runs: runs.map((run) => run.map((i) => geometry.pointAt(i, values[i] ?? 0))) };
}

/**
 * Maximal runs of consecutive axis indices whose value is plottable, in circular order. A run that crosses the
 * last axis continues into axis 0 (e.g. `[6, 7, 0, 1]`). All plottable → one run of every axis starting at 0.
 */
export function plottedRuns(values: readonly (number | null | undefined)[], axisCount: number): number[][] {
  const ok = (i: number): boolean => isPlottable(values[i]);
  const firstGap = Array.from({ length: axisCount }, (_, i) => i).find((i) => !ok(i));
  if (firstGap === undefined) return [Array.from({ length: axisCount }, (_, i) => i)];
  const runs: number[][] = [];
  let current: number[] = [];
  // Start just after a gap so that no run is split by the wrap-around.
  for (let k = 1; k <= axisCount; k += 1) {
    const i = (firstGap + k) % axisCount;
    if (ok(i)) current.push(i);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
