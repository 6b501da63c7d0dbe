import { isPlottable, profileOutline, type RadarGeometry } from "@/lib/chart/geometry";
import { outlinePath } from "@/lib/chart/paths";
import { describeValue, type ValueTextLabels } from "@/lib/chart/value-text";
import type { SpiderChartAxis } from "./chart-types";
import { CHART_COLORS } from "./chart-theme";
import { handlePoint } from "./handle-layer";
import { handleTransform } from "./score-handle";

/** What the live layer shows: my stored values, with the drag in progress (if any) overriding its axis. */
export interface LivePaintInput {
  readonly geometry: RadarGeometry;
  readonly axes: readonly SpiderChartAxis[];
  readonly stored: readonly (number | undefined)[];
  readonly drag: { readonly axisIndex: number; readonly level: number } | null;
  readonly labels: ValueTextLabels;
}

/** Writes an attribute only when it differs: a same-value write would still invalidate the element's style. */
function put(el: Element | null | undefined, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** The values on display: the stored ones, with the dragged axis at the level under the pointer. */
export function displayedValues(input: Pick<LivePaintInput, "stored" | "drag">): (number | undefined)[] {
  const { stored, drag } = input;
  return drag ? stored.map((v, i) => (i === drag.axisIndex ? drag.level : v)) : [...stored];
}

/** The elements of the live layer that a level change writes to, looked up once per render (not per snap). */
export interface LiveParts {
  readonly polygon: Element | null;
  readonly dots: readonly (Element | null)[];
  readonly handles: readonly (Element | null)[];
  readonly feedback: Element | null;
  /** The feedback's per-level groups (drag-feedback.tsx), by level. */
  readonly levelGroups: ReadonlyMap<string, Element>;
}

/** Finds the live layer's parts under `root` (after a render: the structure only changes when React renders). */
export function findLiveParts(root: Element, axisCount: number): LiveParts {
  const axes = Array.from({ length: axisCount }, (_, i) => i);
  const feedback = root.querySelector('[data-testid="drag-feedback"]');
  return {
    polygon: root.querySelector('[data-testid="mine-polygon"]'),
    dots: axes.map((i) => root.querySelector(`[data-dot="${i}"]`)),
    handles: axes.map((i) => root.querySelector(`[role="slider"][data-axis-index="${i}"]`)),
    feedback,
    levelGroups: new Map([...(feedback?.querySelectorAll("[data-for-level]") ?? [])].map((g) => [g.getAttribute("data-for-level") ?? "", g])),
  };
}

/**
 * The drag's hot path without React (docs/decisions/011-chart-hot-path.md): writes straight into the live layer's
 * DOM the few attributes a level change moves — my polygon's outline, the dragged axis's dot and slider (position,
 * aria-valuenow/-valuetext) and the snap feedback (ring, badge, number). React renders the same attributes from
 * the same inputs (the structure only changes when a drag starts or ends, which does re-render), and this runs
 * again after every such render, so the DOM never keeps a value React does not know about. `axes` limits the
 * axes written (a drag frame touches one); elements that are not rendered are skipped.
 */
export function paintLive(parts: LiveParts, input: LivePaintInput, only: number | null = null): void {
  const { geometry, axes, drag, labels } = input;
  const values = displayedValues(input);
  const outline = profileOutline(geometry, values);
  const { polygon, feedback } = parts;
  put(polygon, "d", outlinePath(outline));
  put(polygon, "fill", outline.closed ? CHART_COLORS.mineFill : "none");
  for (let i = 0; i < values.length; i += 1) {
    if (only !== null && i !== only) continue;
    const value = values[i];
    if (isPlottable(value)) {
      const [x, y] = geometry.pointAt(i, value);
      const dot = parts.dots[i];
      put(dot, "cx", String(x));
      put(dot, "cy", String(y));
    }
    const handle = parts.handles[i];
    if (!handle) continue;
    const [hx, hy] = handlePoint(geometry, i, value);
    put(handle, "transform", handleTransform(hx, hy));
    put(handle, "aria-valuenow", String(value ?? 0));
    put(handle, "aria-valuetext", describeValue(value, axes[i]?.levels ?? [], labels));
    put(handle, "data-value", value === undefined ? "" : String(value));
  }
  if (feedback && drag) {
    // Every level's ring and badge is drawn (drag-feedback.tsx): show the level's group, hide the others.
    put(feedback, "data-level", String(drag.level));
    for (const [level, group] of parts.levelGroups) put(group, "opacity", level === String(drag.level) ? "1" : "0");
  }
}
