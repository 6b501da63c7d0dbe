import type { RadarGeometry } from "./geometry";

/** How an axis label hangs off its anchor point, in chart space (origin at the centre). */
export interface LabelPlacement {
  readonly x: number;
  readonly anchor: "start" | "middle" | "end";
  /** Baseline y of each line, top to bottom. */
  readonly baselines: readonly number[];
  readonly lines: readonly string[];
  /** Estimated bounding box, for fitting the viewBox. */
  readonly box: Box;
}

/** An axis-aligned box in chart space. */
export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Typography the label estimate relies on; widths are estimated, not measured, so the layout stays pure and SSR-safe. */
export interface LabelFont {
  readonly size: number;
  /** Line advance in multiples of `size`. */
  readonly lineHeight: number;
  /** Average glyph width in multiples of `size` (≈ 0.6 for a bold sans-serif UI font). */
  readonly charWidth: number;
}

/**
 * Greedy word wrap to at most `maxChars` per line; a single longer word keeps its own line rather than being
 * broken (SVG text has no hyphenation), and the viewBox grows to fit it instead.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.trim().split(/\s+/)) {
    if (current === "") current = word;
    else if (current.length + 1 + word.length <= maxChars) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}

/**
 * Places a wrapped label just outside ring 5 of an axis: centred above/below near-vertical axes, starting to the
 * right of right-hand axes and ending at left-hand ones, and shifted away from the centre vertically.
 */
export function placeLabel(
  geometry: RadarGeometry,
  axisIndex: number,
  lines: readonly string[],
  font: LabelFont,
  gap: number,
): LabelPlacement {
  const angle = geometry.axisAngle(axisIndex);
  const sin = Math.sin(angle);
  const down = -Math.cos(angle); // −1 at 12 o'clock, +1 at 6 o'clock
  const r = geometry.radius + gap;
  const x = r * sin;
  const y = r * down;
  const anchor = Math.abs(sin) < 0.2 ? "middle" : sin > 0 ? "start" : "end";
  const lineAdvance = font.size * font.lineHeight;
  const blockHeight = lines.length * lineAdvance;
  const centreY = y + down * (blockHeight / 2);
  const baselines = lines.map(
    (_, k) => centreY + (k - (lines.length - 1) / 2) * lineAdvance + 0.35 * font.size,
  );
  const width = Math.max(0, ...lines.map((l) => l.length)) * font.charWidth * font.size;
  const minX = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return {
    x,
    anchor,
    baselines,
    lines,
    box: { minX, maxX: minX + width, minY: centreY - blockHeight / 2, maxY: centreY + blockHeight / 2 },
  };
}

/** The smallest box holding every given box plus a margin, as an SVG viewBox string and its size. */
export function fitViewBox(
  boxes: readonly Box[],
  margin: number,
): { readonly viewBox: string; readonly width: number; readonly height: number } {
  const minX = Math.min(...boxes.map((b) => b.minX)) - margin;
  const minY = Math.min(...boxes.map((b) => b.minY)) - margin;
  const width = Math.max(...boxes.map((b) => b.maxX)) + margin - minX;
  const height = Math.max(...boxes.map((b) => b.maxY)) + margin - minY;
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { viewBox: `${r(minX)} ${r(minY)} ${r(width)} ${r(height)}`, width: r(width), height: r(height) };
}
