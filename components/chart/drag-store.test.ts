import { describe, expect, it } from "vitest";
import { createDragStore } from "./drag-store";

describe("createDragStore", () => {
  it("tells subscribers only when the snapped level or axis changes", () => {
    const store = createDragStore();
    const seen: (string | null)[] = [];
    const stop = store.subscribe(() => {
      const s = store.get();
      seen.push(s ? `${s.axisIndex}:${s.level}` : null);
    });
    store.set({ axisIndex: 2, level: 3 });
    store.set({ axisIndex: 2, level: 3 }); // same level again: a pointer frame that stays put
    store.set({ axisIndex: 2, level: 4 });
    store.set(null);
    store.set(null);
    stop();
    store.set({ axisIndex: 1, level: 1 });
    expect(seen).toEqual(["2:3", "2:4", null]);
    expect(store.get()).toEqual({ axisIndex: 1, level: 1 });
  });
});
