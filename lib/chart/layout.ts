import { createRadarGeometry, LEVEL_MAX, type RadarGeometry } from "./geometry";
import { fitViewBox, placeLabel, wrapLabel, type LabelFont, type LabelPlacement } from "./labels";

/** Sizes of the drawing in viewBox units; the SVG scales to its container, so these are proportions, not pixels. */
export interface RadarLayoutOptions {
  readonly radius: number;
  readonly font: LabelFont;
  /** Space between ring 5 and an axis label. */
  readonly labelGap: number;
  /** Characters per label line before wrapping. */
  readonly wrapAt: number;
  /** Extra room kept around ring 5 for handles and their focus rings. */
  readonly handleRoom: number;
  readonly margin: number;
}

/**
 * Defaults tuned so that a 360 px wide phone shows labels at ≈ 12 px and handle hit areas of ≥ 44 px: the
 * viewBox is ≈ 400 units wide, so one unit is ≈ 0.9 px there and grows on larger screens.
 */
export const DEFAULT_LAYOUT: RadarLayoutOptions = {
  radius: 120,
  font: { size: 14, lineHeight: 1.15, charWidth: 0.6 },
  labelGap: 14,
  wrapAt: 12,
  handleRoom: 16,
  margin: 6,
};

/**
 * Big-screen proportions for a projector: the same radius with larger, bolder-looking labels and fewer
 * characters per line, so the axis names are readable from the back of a room once the SVG is scaled up.
 */
export const PROJECTOR_LAYOUT: RadarLayoutOptions = {
  ...DEFAULT_LAYOUT,
  font: { size: 19, lineHeight: 1.12, charWidth: 0.6 },
  labelGap: 18,
  wrapAt: 13,
  handleRoom: 20,
};

/** Everything static about a radar: its geometry, where each axis label goes, and a viewBox that fits them. */
export interface RadarLayout {
  readonly geometry: RadarGeometry;
  readonly labels: readonly LabelPlacement[];
  readonly viewBox: string;
  readonly options: RadarLayoutOptions;
}

/** Lays out a radar for the given axis labels (one per axis, clockwise from 12 o'clock). */
export function layoutRadar(axisLabels: readonly string[], options: RadarLayoutOptions = DEFAULT_LAYOUT): RadarLayout {
  const geometry = createRadarGeometry(axisLabels.length, options.radius);
  const labels = axisLabels.map((text, i) =>
    placeLabel(geometry, i, wrapLabel(text, options.wrapAt), options.font, options.labelGap),
  );
  const reach = geometry.levelRadius(LEVEL_MAX) + options.handleRoom;
  const rings = { minX: -reach, minY: -reach, maxX: reach, maxY: reach };
  const { viewBox } = fitViewBox([rings, ...labels.map((l) => l.box)], options.margin);
  return { geometry, labels, viewBox, options };
}
