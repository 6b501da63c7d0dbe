import { snapToCell, type GridPosition } from "./stakeholders";

/**
 * A linear map from a domain to a range and back. Written out rather than with d3's scale: that one brings
 * d3-interpolate, d3-color and d3-format (~14 KB gzip) into step 1's code on phones, for two multiplications
 * (docs/decisions/023-phone-weight.md).
 */
function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const k = (r1 - r0) / (d1 - d0);
  const map = (v: number) => r0 + (v - d0) * k;
  map.invert = (r: number) => d0 + (r - r0) / k;
  return map;
}

/** The ecosystem map's drawing: a square plot of 5×5 cells, connection left→right, influence bottom→top. */
export interface StakeholderGrid {
  /** viewBox width and height. */
  readonly size: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** Width (and height) of one cell. */
  readonly cell: number;
  /** Centre of a cell in SVG units. */
  centre(position: GridPosition): { x: number; y: number };
  /** Continuous levels under an SVG point (for dragging). */
  levelsAt(x: number, y: number): { influence: number; connection: number };
  /** The cell under an SVG point, clamped to the grid. */
  cellAt(x: number, y: number): GridPosition;
  /** Where the `slot`-th of `of` items sharing a cell sits, and how large it may be drawn. */
  slot(position: GridPosition, slot: number, of: number): { x: number; y: number; r: number };
}

/** Builds the grid geometry (linear maps do the math; React draws). */
export function createStakeholderGrid(size = 400, margin = { left: 56, right: 12, top: 12, bottom: 56 }): StakeholderGrid {
  const plot = { left: margin.left, top: margin.top, right: size - margin.right, bottom: size - margin.bottom };
  const x = linear([0.5, 5.5], [plot.left, plot.right]);
  const y = linear([0.5, 5.5], [plot.bottom, plot.top]);
  const cell = (plot.right - plot.left) / 5;
  const centre = (p: GridPosition) => ({ x: x(p.connection), y: y(p.influence) });
  const levelsAt = (px: number, py: number) => ({ connection: x.invert(px), influence: y.invert(py) });
  return {
    size,
    plot,
    cell,
    centre,
    levelsAt,
    cellAt: (px, py) => {
      const l = levelsAt(px, py);
      return snapToCell(l.influence, l.connection);
    },
    slot: (p, slot, of) => {
      const c = centre(p);
      const cols = Math.ceil(Math.sqrt(Math.max(1, of)));
      const rows = Math.ceil(Math.max(1, of) / cols);
      const step = cell / Math.max(cols, rows);
      const col = slot % cols;
      const row = Math.floor(slot / cols);
      return {
        x: c.x + (col - (cols - 1) / 2) * step,
        y: c.y + (row - (rows - 1) / 2) * step,
        r: Math.min(cell * 0.3, step * 0.45),
      };
    },
  };
}
