import { useLayoutEffect, useRef } from "react";
import { LEVEL_MIN, LEVELS } from "@/lib/chart/geometry";
import { describeValue, type ValueTextLabels } from "@/lib/chart/value-text";
import type { SpiderChartAxis } from "./chart-types";
import { useDragAxis, type DragStore } from "./drag-store";

/**
 * The status changes on every snap of a drag: a fixed-height box (tall enough for the longest descriptor, 223
 * characters in Polish: six lines on a 360 px phone, four beside the chart) with size, layout and paint containment
 * on its own compositor layer, so the page around it is neither laid out nor repainted while a finger moves.
 */
const OWN_LAYER = { willChange: "transform", contain: "strict" } as const;

/**
 * Visually hidden like `sr-only`, but in flow (not absolutely positioned) and contained, so the text that changes
 * on every snap is its own layout root and never lays out the page. Its parent is a plain block, not a flex box.
 */
const LIVE_REGION = { width: 1, height: 1, margin: -1, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", contain: "strict" } as const;

/**
 * How long a dragged level must stay put before the live region announces it: a finger sweeping across levels is
 * announced once it rests, not once per level crossed (a screen reader would queue every one).
 */
export const ANNOUNCE_AFTER_MS = 400;

/** Where the strip of per-level lines stands to show `level` in the status box (each line is one box tall). */
const stripShift = (level: number): string => `translateY(${(LEVEL_MIN - level) * 100}%)`;

/**
 * Shows the line of `level`: during a drag the status holds a strip of every level's line, each one box tall, on its
 * own compositor layer, and a snap only slides the strip — a composited transform change that needs no layout, text
 * shaping or repaint (the lines were laid out and painted once, when the drag started; decision 011 §12).
 */
function showLevel(status: HTMLElement | null, level: number): void {
  const strip = status?.firstElementChild;
  if (strip instanceof HTMLElement) strip.style.transform = stripShift(level);
}

interface ChartStatusProps {
  readonly store: DragStore;
  readonly axes: readonly SpiderChartAxis[];
  /** My stored values per axis. */
  readonly stored: readonly (number | undefined)[];
  /** The axis last picked (focused, tapped or grabbed), or null before any. */
  readonly selectedIndex: number | null;
  readonly labels: ValueTextLabels & { readonly pickAxis: string; readonly markNotAssessed: string };
  /** Marks the axis not assessed (0), or clears it back to not rated when it already is. */
  readonly onNotAssessed: (axisId: string, value: 0 | null) => void;
}

/**
 * Beside the chart: the level under the finger with its descriptor, in the person's language, and a touch-sized
 * "not assessed" toggle for the picked axis (keyboards have Delete/0; fingers need a button). The text is
 * aria-hidden because the sliders already speak it through aria-valuetext; a polite live region announces only
 * pointer drags, once the level rests. Follows the finger without any React render (see below).
 */
export function ChartStatus({ store, axes, stored, selectedIndex, labels, onNotAssessed }: ChartStatusProps) {
  const dragAxis = useDragAxis(store);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const liveRef = useRef<HTMLParagraphElement>(null);
  const textOf = (axisIndex: number | null, value: number | undefined): string => {
    const axis = axisIndex === null ? null : (axes[axisIndex] ?? null);
    return axis ? `${axis.label}: ${describeValue(value, axis.levels, labels)}` : labels.pickAxis;
  };
  // The level at render time (a render happens when a drag starts or ends); later levels are painted below.
  const drag = dragAxis === null ? null : store.get();
  const index = drag?.axisIndex ?? selectedIndex;
  const axis = index === null ? null : (axes[index] ?? null);
  const value = index === null ? undefined : drag && drag.axisIndex === index ? drag.level : stored[index];
  const text = textOf(index, value);
  const latest = useRef(textOf);
  useLayoutEffect(() => {
    latest.current = textOf;
    // After a render, the line shown is the level in the store now (a painted level may differ from React's render).
    const d = store.get();
    if (d) showLevel(statusRef.current, d.level);
  });
  // A level change within a drag: the line of the new level is shown (no React render, no text layout), and the
  // live region speaks the level once it has rested for ANNOUNCE_AFTER_MS. A drag's end clears it.
  useLayoutEffect(() => {
    // One timer per rest, not one per snap: it re-arms itself until the level has stayed put for ANNOUNCE_AFTER_MS.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let changedAt = 0;
    const announce = () => {
      timer = undefined;
      const d = store.get();
      if (!d) return;
      const wait = changedAt + ANNOUNCE_AFTER_MS - performance.now();
      if (wait > 0) {
        timer = setTimeout(announce, wait);
        return;
      }
      const live = liveRef.current;
      if (live) live.textContent = latest.current(d.axisIndex, d.level);
    };
    const paint = () => {
      const d = store.get();
      if (!d) {
        clearTimeout(timer);
        timer = undefined;
        const live = liveRef.current;
        if (live && live.textContent !== "") live.textContent = "";
        return;
      }
      showLevel(statusRef.current, d.level);
      changedAt = performance.now();
      timer ??= setTimeout(announce, ANNOUNCE_AFTER_MS);
    };
    const stop = store.subscribe(paint);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store]);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 @3xl:justify-start">
        {/* The flex item is the wrapper: a flex item itself cannot be a layout root, its contained child can. */}
        <div className="flex-1 basis-56">
          <p ref={statusRef} aria-hidden="true" data-testid="spider-chart-status" style={OWN_LAYER} className={`h-[6lh] overflow-hidden text-center text-sm @md:h-[5lh] @3xl:h-[4lh] @3xl:text-left ${dragAxis !== null ? "font-semibold text-blue-900" : "text-zinc-800"}`}>
            {drag && axis ? (
              // While dragging: every level's line, one box tall each, laid out once; the strip slides to the one
              // under the finger (the box clips the others).
              <span className="block h-full" style={{ willChange: "transform", transform: stripShift(drag.level) }}>
                {LEVELS.map((level) => (
                  <span key={level} data-level={level} className="block h-full overflow-hidden">
                    {textOf(index, level)}
                  </span>
                ))}
              </span>
            ) : (
              text
            )}
          </p>
        </div>
        {axis && (
          <button
            type="button"
            aria-pressed={value === 0}
            onClick={() => onNotAssessed(axis.id, value === 0 ? null : 0)}
            data-testid="mark-not-assessed"
            className={`min-h-11 rounded-md border px-3 py-1 text-sm font-semibold ${
              value === 0 ? "border-zinc-800 bg-zinc-800 text-white" : "border-zinc-500 bg-white text-zinc-900"
            }`}
          >
            {labels.markNotAssessed}
            <span className="sr-only">: {axis.label}</span>
          </button>
        )}
      </div>
      {/* Announces only pointer drags (filled in by the effect above, never by React): keyboard changes are already
          spoken through aria-valuetext. */}
      <p ref={liveRef} aria-live="polite" style={LIVE_REGION} data-testid="spider-chart-live" />
    </div>
  );
}
