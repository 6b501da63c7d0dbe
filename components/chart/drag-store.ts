import { useSyncExternalStore } from "react";

/** The level under the pointer while a handle is dragged. */
export interface DragState {
  readonly axisIndex: number;
  readonly level: number;
}

/**
 * A drag in progress, held outside React state. React components subscribe only to which axis is dragged
 * (`useDragAxis`: a render when a drag starts or ends); a change of level within a drag is painted straight
 * into the few DOM attributes it moves by plain listeners (live-paint.ts), so a drag frame runs no React at all
 * (docs/decisions/011-chart-hot-path.md).
 */
export interface DragStore {
  get(): DragState | null;
  set(next: DragState | null): void;
  subscribe(listener: () => void): () => void;
}

/** Creates an empty drag store (one per chart). */
export function createDragStore(): DragStore {
  let state: DragState | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      if (next === state || (next && state && next.axisIndex === state.axisIndex && next.level === state.level)) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const serverSnapshot = (): null => null;

/**
 * The axis being dragged (or null), re-rendering the caller only when a drag starts, ends or moves to another
 * axis — never when it snaps to another level (read the level with `store.get()` while rendering, and paint
 * level changes imperatively).
 */
export function useDragAxis(store: DragStore): number | null {
  return useSyncExternalStore(store.subscribe, () => store.get()?.axisIndex ?? null, serverSnapshot);
}
