/**
 * Colours of the chart's SVG, set as presentation attributes so the drawing never depends on a stylesheet.
 * Contrast on white: mine #1d4ed8 6.7:1, median #c2410c 5.2:1, text #27272a 14.7:1, muted text #52525b 7.7:1,
 * axis #71717a 4.8:1 — all ≥ WCAG AA (4.5:1 text, 3:1 graphics). Blue against orange stays apart for the common
 * colour-vision deficiencies, and the median is also dashed, so colour is never the only cue.
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
} as const;

/** Sizes in viewBox units (≈ 0.9 px each on a 360 px phone, more on larger screens). */
export const CHART_SIZES = {
  handle: 9,
  parkedHandle: 6,
  /** Invisible hit circle: 30 units ≈ 24 px radius on a 360 px phone (≈ 0.8 px per unit), so targets ≥ 44 px. */
  hitRadius: 30,
  /** Presses this close to a handle grab it rather than the axis under them. */
  grabRadius: 18,
  /** Width of the invisible strip along each axis that takes taps on ring points. */
  stripWidth: 44,
  levelFont: 11,
} as const;
