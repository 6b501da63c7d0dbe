import { curveLinearClosed, line } from "d3";
import { isPlottable, plottedRuns, type Point, type ProfileOutline, type RadarGeometry } from "./geometry";

const openLine = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1])
  .digits(2);
const closedLine = line<Point>()
  .x((p) => p[0])
  .y((p) => p[1])
  .curve(curveLinearClosed)
  .digits(2);

/** SVG path data of a closed polygon through the points (e.g. a ring); empty for fewer than 3 points. */
export function polygonPath(points: readonly Point[]): string {
  return points.length < 3 ? "" : (closedLine([...points]) ?? "");
}

/** SVG path data of an open polyline; empty for fewer than 2 points. */
export function polylinePath(points: readonly Point[]): string {
  return points.length < 2 ? "" : (openLine([...points]) ?? "");
}

/** SVG path data of a profile outline: one closed polygon, or its open runs (lone points draw nothing here). */
export function outlinePath(outline: ProfileOutline): string {
  const [first] = outline.runs;
  if (outline.closed && first) return polygonPath(first);
  return outline.runs.map(polylinePath).filter(Boolean).join("");
}

/**
 * SVG path data of the band between two profiles (e.g. the interquartile range: q1 inside, q3 outside), to fill
 * with `fill-rule="evenodd"`. Where every axis has both bounds it is a ring (outer polygon minus inner polygon);
 * otherwise each run of axes with both bounds becomes its own closed strip, and the gaps stay empty.
 */
export function bandPath(
  geometry: RadarGeometry,
  inner: readonly (number | null | undefined)[],
  outer: readonly (number | null | undefined)[],
): string {
  const both = Array.from({ length: geometry.axisCount }, (_, i) =>
    isPlottable(inner[i]) && isPlottable(outer[i]) ? 1 : null,
  );
  const runs = plottedRuns(both, geometry.axisCount);
  const at = (values: readonly (number | null | undefined)[], i: number): Point => geometry.pointAt(i, values[i] ?? 0);
  const [first] = runs;
  if (runs.length === 1 && first?.length === geometry.axisCount) {
    return polygonPath(first.map((i) => at(outer, i))) + polygonPath(first.map((i) => at(inner, i)));
  }
  return runs
    .filter((run) => run.length >= 2)
    .map((run) => polygonPath([...run.map((i) => at(outer, i)), ...[...run].reverse().map((i) => at(inner, i))]))
    .join("");
}
