import { useSyncExternalStore } from "react";

/** The level under the pointer while a handle is dragged. */
export interface DragState {
  readonly axisIndex: number;
  readonly level: number;
}

/**
 * A drag in progress, held outside React state so that a drag frame re-renders only the components that
 * subscribe (my polygon, the handles, the snap feedback, the status line) and never the chart around them.
 * useSyncExternalStore renders those few synchronously, in the same frame as the pointer event.
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

const serverSnapshot = (): DragState | null => null;

/** The drag in progress (or null), re-rendering the caller whenever it snaps to another level. */
export function useDragState(store: DragStore): DragState | null {
  return useSyncExternalStore(store.subscribe, store.get, serverSnapshot);
}
