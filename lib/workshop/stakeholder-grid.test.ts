import { describe, expect, it } from "vitest";
import { createStakeholderGrid } from "./stakeholder-grid";

describe("stakeholder grid geometry", () => {
  const grid = createStakeholderGrid(400, { left: 50, right: 0, top: 0, bottom: 50 });

  it("puts high influence at the top and high connection on the right", () => {
    expect(grid.cell).toBe(70);
    expect(grid.centre({ influence: 1, connection: 1 })).toEqual({ x: 85, y: 315 });
    const top = grid.centre({ influence: 5, connection: 5 });
    expect(top.x).toBeCloseTo(365);
    expect(top.y).toBeCloseTo(35);
  });

  it("maps points back to cells, clamped to the grid", () => {
    for (const influence of [1, 2, 3, 4, 5] as const) {
      for (const connection of [1, 2, 3, 4, 5] as const) {
        const c = grid.centre({ influence, connection });
        expect(grid.cellAt(c.x + 30, c.y - 30)).toEqual({ influence, connection });
      }
    }
    expect(grid.cellAt(-100, 1000)).toEqual({ influence: 1, connection: 1 });
  });

  it("keeps every item of a crowded cell inside the cell, without overlap", () => {
    const p = { influence: 3, connection: 3 } as const;
    const c = grid.centre(p);
    const items = Array.from({ length: 5 }, (_, i) => grid.slot(p, i, 5));
    for (const it of items) {
      expect(Math.abs(it.x - c.x) + it.r).toBeLessThanOrEqual(grid.cell / 2);
      expect(Math.abs(it.y - c.y) + it.r).toBeLessThanOrEqual(grid.cell / 2);
    }
    for (let i = 0; i < items.length; i += 1) {
      for (let j = i + 1; j < items.length; j += 1) {
        const a = items[i]!;
        const b = items[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
    expect(grid.slot(p, 0, 1)).toMatchObject(c);
  });
});
