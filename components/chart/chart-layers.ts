import { useCallback, useState } from "react";

/** The chart's layers, each toggled by a legend button when its data is present. */
export const LAYER_IDS = ["mine", "median", "spread", "range", "reference", "sectors", "cases", "earlier", "individuals", "ghosts"] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/** Which layers are drawn. */
export type LayerVisibility = Readonly<Record<LayerId, boolean>>;

/**
 * What a chart shows at first: my scores, the group (median + interquartile band), the other profile and an
 * earlier assessment, others' drags. Split by sector, cases, the min–max range and everybody's lines are asked for.
 */
export const DEFAULT_LAYERS: LayerVisibility = {
  mine: true,
  median: true,
  spread: true,
  range: false,
  reference: true,
  sectors: false,
  cases: false,
  earlier: true,
  individuals: false,
  ghosts: true,
};

/** Layer visibility as component state, with a stable toggle. */
export function useLayers(initial?: Partial<LayerVisibility>): [LayerVisibility, (id: LayerId) => void] {
  const [layers, setLayers] = useState<LayerVisibility>(() => ({ ...DEFAULT_LAYERS, ...initial }));
  const toggle = useCallback((id: LayerId) => setLayers((prev) => ({ ...prev, [id]: !prev[id] })), []);
  return [layers, toggle];
}
