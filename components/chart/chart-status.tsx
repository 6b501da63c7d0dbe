import { describeValue, type ValueTextLabels } from "@/lib/chart/value-text";
import type { SpiderChartAxis } from "./chart-types";
import { useDragState, type DragStore } from "./drag-store";

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
 * pointer drags. Subscribes to the drag store, so it follows the finger without re-rendering the chart.
 */
export function ChartStatus({ store, axes, stored, selectedIndex, labels, onNotAssessed }: ChartStatusProps) {
  const drag = useDragState(store);
  const index = drag?.axisIndex ?? selectedIndex;
  const axis = index === null ? null : (axes[index] ?? null);
  const value = index === null ? undefined : drag && drag.axisIndex === index ? drag.level : stored[index];
  const text = axis ? `${axis.label}: ${describeValue(value, axis.levels, labels)}` : labels.pickAxis;
  return (
    <div>
      <div className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 @3xl:justify-start">
        {/* The flex item is the wrapper: a flex item itself cannot be a layout root, its contained child can. */}
        <div className="flex-1 basis-56">
          <p aria-hidden="true" data-testid="spider-chart-status" style={OWN_LAYER} className={`h-[6lh] overflow-hidden text-center text-sm @md:h-[5lh] @3xl:h-[4lh] @3xl:text-left ${drag ? "font-semibold text-blue-900" : "text-zinc-800"}`}>
            {text}
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
      {/* Announces only pointer drags: keyboard changes are already spoken through aria-valuetext. */}
      <p aria-live="polite" style={LIVE_REGION} data-testid="spider-chart-live">
        {drag && axis ? text : ""}
      </p>
    </div>
  );
}
