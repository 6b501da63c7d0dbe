import type { MarkerShape } from "@/lib/chart/markers";

/**
 * Colours of the chart's SVG, set as presentation attributes so the drawing never depends on a stylesheet (and
 * an exported SVG looks the same). Contrast on white: mine #1d4ed8 6.7:1, median #c2410c 5.2:1, target #7e22ce
 * 7.0:1, text #27272a 14.7:1, muted text #52525b 7.7:1, axis #71717a 4.8:1, discuss #b91c1c 6.5:1 — all ≥ WCAG AA
 * (4.5:1 text, 3:1 graphics). Every line also differs by dash pattern and marker, so colour is never the only cue.
 */
export const CHART_COLORS = {
  mine: "#1d4ed8",
  mineFill: "#1d4ed8",
  median: "#c2410c",
  band: "#c2410c",
  ring: "#d4d4d8",
  outerRing: "#a1a1aa",
  axis: "#71717a",
  text: "#27272a",
  mutedText: "#52525b",
  notAssessed: "#52525b",
  focus: "#0f172a",
  surface: "#ffffff",
  individual: "#52525b",
  earlier: "#3f3f46",
  discuss: "#b91c1c",
  snap: "#1d4ed8",
} as const;

/** How one line layer is drawn: colour, dash pattern and vertex marker (so it is told apart without colour). */
export interface LineStyle {
  readonly color: string;
  readonly dash: string;
  readonly marker: MarkerShape;
  readonly width: number;
}

/** The group median of each profile: "today" (baseline) orange and dashed with squares; "target" purple dash-dot with diamonds. */
export const PROFILE_STYLES: Readonly<Record<"baseline" | "target", LineStyle>> = {
  baseline: { color: CHART_COLORS.median, dash: "7 4", marker: "square", width: 2.5 },
  target: { color: "#7e22ce", dash: "12 4 2 4", marker: "diamond", width: 2.5 },
};

/**
 * Sector medians (split by sector). Hues kept away from "my" blue and the profiles' orange and purple, each
 * ≥ 4.5:1 on white, and each with its own dash and marker, so public vs private stays readable in greyscale and
 * for every colour-vision deficiency.
 */
export const SECTOR_STYLES: Readonly<Record<string, LineStyle>> = {
  public: { color: "#0f766e", dash: "", marker: "triangle-down", width: 2 },
  private: { color: "#9a5b00", dash: "9 3", marker: "triangle", width: 2 },
  "social-economy": { color: "#15803d", dash: "2 3", marker: "x", width: 2 },
  academia: { color: "#a3316f", dash: "10 3 2 3", marker: "star", width: 2 },
  other: { color: "#52525b", dash: "5 2 1 2", marker: "cross", width: 2 },
};

/** A style for a sector id that has none above (new content), cycling through the known ones. */
export function sectorStyle(sectorId: string, index: number): LineStyle {
  const known = SECTOR_STYLES[sectorId];
  if (known) return known;
  const all = Object.values(SECTOR_STYLES);
  return all[index % all.length] ?? PROFILE_STYLES.baseline;
}

/** The illustrative case profiles: thin, neutral-dark and dotted so they read as "for comparison only". */
export const CASE_STYLES: readonly LineStyle[] = [
  { color: "#57534e", dash: "1 3", marker: "square", width: 1.75 },
  { color: "#155e75", dash: "6 2 1 2", marker: "triangle", width: 1.75 },
];

/** An earlier assessment of the same cluster. */
export const EARLIER_STYLE: LineStyle = { color: CHART_COLORS.earlier, dash: "4 4", marker: "circle", width: 2 };

/** Sizes in viewBox units (≈ 0.9 px each on a 360 px phone, more on larger screens). */
export const CHART_SIZES = {
  handle: 9,
  parkedHandle: 6,
  /**
   * Invisible hit circle: 33 units. The viewBox is wider with long (e.g. Polish) labels, ≈ 0.67 px per unit on a
   * 360 px phone, so the target is ≥ 44 px there (checked in e2e/chart.spec.ts).
   */
  hitRadius: 33,
  /** Presses this close to a handle grab it rather than the axis under them. */
  grabRadius: 18,
  /** Width of the invisible strip along each axis that takes taps on ring points. */
  stripWidth: 44,
  levelFont: 11,
  marker: 7,
  ghost: 7,
} as const;

/** Line widths and markers grow by this factor in the projector view. */
export const PROJECTOR_SCALE = 1.6;
