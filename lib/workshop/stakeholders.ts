import { z } from "zod";

/** Influence and connection are rated 1 (low) to 5 (high). */
export const STAKEHOLDER_LEVELS = [1, 2, 3, 4, 5] as const;
/** A level of influence or connection, 1–5. */
export const stakeholderLevelSchema = z.number().int().min(1).max(5);
/** A level of influence or connection, 1–5. */
export type StakeholderLevel = z.infer<typeof stakeholderLevelSchema>;

/** The longest stakeholder name and "value brought" text. */
export const STAKEHOLDER_NAME_MAX = 80;
/** The longest "value brought" text. */
export const STAKEHOLDER_VALUE_MAX = 280;

/** A stakeholder of the ecosystem map (step 1): who, from which sector, how influential, how connected, what value. */
export interface Stakeholder {
  readonly id: string;
  readonly name: string;
  readonly sector: string | null;
  readonly influence: StakeholderLevel;
  readonly connection: StakeholderLevel;
  readonly value: string;
  readonly authorId: string;
  readonly createdAt: number;
}

/** A stakeholder's place on the influence × connection grid. */
export type GridPosition = Pick<Stakeholder, "influence" | "connection">;

const clampLevel = (v: number): StakeholderLevel => stakeholderLevelSchema.parse(Math.min(5, Math.max(1, Math.round(v))));

/**
 * Where an arrow key moves a stakeholder: up/down change influence, right/left change connection (Home/End jump to
 * the lowest/highest connection). Null for other keys or when the move would leave the grid.
 */
export function moveByKey(position: GridPosition, key: string): GridPosition | null {
  const { influence, connection } = position;
  const next: GridPosition | null =
    key === "ArrowUp" ? { influence: clampLevel(influence + 1), connection }
    : key === "ArrowDown" ? { influence: clampLevel(influence - 1), connection }
    : key === "ArrowRight" ? { influence, connection: clampLevel(connection + 1) }
    : key === "ArrowLeft" ? { influence, connection: clampLevel(connection - 1) }
    : key === "Home" ? { influence, connection: 1 }
    : key === "End" ? { influence, connection: 5 }
    : null;
  return next && (next.influence !== influence || next.connection !== connection) ? next : null;
}

/** The grid cell nearest to a continuous position (e.g. a pointer during a drag), clamped to 1–5. */
export function snapToCell(influence: number, connection: number): GridPosition {
  return { influence: clampLevel(influence), connection: clampLevel(connection) };
}

/**
 * Several stakeholders can share a cell: each gets a slot (oldest first, then by id) so they can be drawn side by
 * side. Returns id → { slot, of }.
 */
export function cellSlots(stakeholders: readonly Stakeholder[]): Map<string, { slot: number; of: number }> {
  const cells = new Map<string, Stakeholder[]>();
  for (const s of stakeholders) {
    const key = `${s.influence}:${s.connection}`;
    cells.set(key, [...(cells.get(key) ?? []), s]);
  }
  const out = new Map<string, { slot: number; of: number }>();
  for (const list of cells.values()) {
    list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    list.forEach((s, slot) => out.set(s.id, { slot, of: list.length }));
  }
  return out;
}
