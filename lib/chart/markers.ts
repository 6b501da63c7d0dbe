/** Marker shapes that tell layers apart without colour (WCAG 1.4.1): each sector, profile and case gets its own. */
export const MARKER_SHAPES = ["circle", "square", "diamond", "triangle", "triangle-down", "star", "cross", "x"] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

const r2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * SVG path data of a marker centred on (x, y) whose shape fits a box of `size` × `size` (areas are roughly
 * matched, so no shape looks heavier than another). The cross (+) and the x are two strokes: stroke them.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const h = size / 2;
  const p = (points: readonly (readonly [number, number])[]): string =>
    `M${points.map(([px, py]) => `${r2(x + px)},${r2(y + py)}`).join("L")}Z`;
  switch (shape) {
    case "circle": {
      // Two arcs: a full circle as one path.
      return `M${r2(x - h)},${r2(y)}a${r2(h)},${r2(h)} 0 1,0 ${r2(size)},0a${r2(h)},${r2(h)} 0 1,0 ${r2(-size)},0Z`;
    }
    case "square": {
      const s = h * 0.9;
      return p([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case "diamond": {
      const s = h * 1.2;
      return p([[0, -s], [s, 0], [0, s], [-s, 0]]);
    }
    case "triangle": {
      const s = h * 1.2;
      return p([[0, -s], [s, s * 0.8], [-s, s * 0.8]]);
    }
    case "triangle-down": {
      const s = h * 1.2;
      return p([[0, s], [s, -s * 0.8], [-s, -s * 0.8]]);
    }
    case "star": {
      // Five points, outer radius 1.25 h, inner 0.5 h, the first point up.
      const points = Array.from({ length: 10 }, (_, i) => {
        const r = (i % 2 === 0 ? 1.25 : 0.5) * h;
        const a = (i * Math.PI) / 5;
        return [r * Math.sin(a), -r * Math.cos(a)] as const;
      });
      return p(points);
    }
    case "cross":
      return `M${r2(x - h)},${r2(y)}H${r2(x + h)}M${r2(x)},${r2(y - h)}V${r2(y + h)}`;
    case "x": {
      const s = h * 0.8;
      return `M${r2(x - s)},${r2(y - s)}L${r2(x + s)},${r2(y + s)}M${r2(x - s)},${r2(y + s)}L${r2(x + s)},${r2(y - s)}`;
    }
  }
}

/** Whether a marker is drawn by its strokes only (the cross and the x) rather than filled. */
export function isStrokedMarker(shape: MarkerShape): boolean {
  return shape === "cross" || shape === "x";
}
