import type { Point, RadarGeometry } from "./geometry";

/** Which axis a pointer press belongs to, and whether it grabbed that axis's handle. */
export interface AxisPick {
  readonly axisIndex: number;
  readonly onHandle: boolean;
}

/**
 * Resolves a press at (x, y): the nearest handle within `grabRadius` wins (so the handles parked near the centre,
 * which overlap, resolve by distance rather than by which one happens to be drawn on top); otherwise the
 * angularly nearest axis. `handles` holds one handle position per axis, or null where an axis has none.
 */
export function pickAxis(
  geometry: RadarGeometry,
  handles: readonly (Point | null)[],
  x: number,
  y: number,
  grabRadius: number,
): AxisPick {
  let best = -1;
  let bestDistance = grabRadius;
  handles.forEach((h, i) => {
    if (!h) return;
    const d = Math.hypot(h[0] - x, h[1] - y);
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  if (best >= 0) return { axisIndex: best, onHandle: true };
  return { axisIndex: geometry.nearestAxis(x, y), onHandle: false };
}
