import type { LayerId, LayerVisibility } from "./chart-layers";
import { LegendSwatch, type SwatchKind } from "./legend-swatch";

/** One toggle of the legend; `entries` are listed under it while it is on (sectors, cases). */
export interface LegendItem {
  readonly id: LayerId;
  readonly label: string;
  readonly swatch: SwatchKind;
  readonly entries?: readonly { readonly id: string; readonly label: string; readonly swatch: SwatchKind }[];
}

interface ChartLegendProps {
  /** The layers that have data now, in display order. */
  readonly items: readonly LegendItem[];
  readonly layers: LayerVisibility;
  readonly onToggle: (id: LayerId) => void;
  /** Accessible name of the group of toggles. */
  readonly label: string;
  readonly large: boolean;
}

/**
 * The chart's key, and the way to show or hide each layer: one toggle button (aria-pressed) per layer with its
 * swatch. Turned-off layers stay listed, struck through, so nothing silently disappears from the key.
 */
export function ChartLegend({ items, layers, onToggle, label, large }: ChartLegendProps) {
  return (
    <div role="group" aria-label={label} data-testid="chart-legend">
      <ul className={`flex flex-wrap items-start justify-center gap-x-2 gap-y-1 text-zinc-800 ${large ? "text-lg" : "text-sm @3xl:justify-start"}`}>
        {items.map((item) => {
          const on = layers[item.id];
          return (
            <li key={item.id} className="flex flex-col">
              <button
                type="button"
                aria-pressed={on}
                onClick={() => onToggle(item.id)}
                data-testid={`layer-${item.id}`}
                className={`flex min-h-11 items-center gap-1.5 rounded-md border px-2 py-1 text-left ${
                  on ? "border-zinc-500 bg-white" : "border-dashed border-zinc-400 bg-zinc-50 text-zinc-600 line-through"
                }`}
              >
                <LegendSwatch swatch={item.swatch} />
                {item.label}
              </button>
              {on && item.entries && item.entries.length > 0 && (
                <ul className="mt-1 space-y-0.5 pl-2" data-testid={`layer-${item.id}-entries`}>
                  {item.entries.map((entry) => (
                    <li key={entry.id} className="flex items-center gap-1.5">
                      <LegendSwatch swatch={entry.swatch} />
                      {entry.label}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
