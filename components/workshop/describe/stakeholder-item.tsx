"use client";

import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { StakeholderGrid } from "@/lib/workshop/stakeholder-grid";
import { moveByKey, type GridPosition, type StakeholderLevel } from "@/lib/workshop/stakeholders";
import { initialsOf } from "./sector-colours";

type ItemPointerEvent = PointerEvent<SVGGElement>;

/**
 * One stakeholder on the influence × connection grid. Movable by dragging (mouse, touch, pen: the item follows the
 * pointer and snaps to a cell on release) or with the arrow keys when focused. A drag re-renders only this item;
 * the map, the grid and the other items stay as they are until the move is committed.
 */
export const StakeholderItem = memo(function StakeholderItem({
  id,
  name,
  influence,
  connection,
  x,
  y,
  r,
  colour,
  label,
  hintId,
  roleDescription,
  editable,
  grid,
  toSvg,
  onMove,
  onActivate,
  onFocusItem,
}: {
  id: string;
  name: string;
  influence: StakeholderLevel;
  connection: StakeholderLevel;
  x: number;
  y: number;
  r: number;
  colour: string;
  /** Accessible name: name and position in words. */
  label: string;
  /** Id of the element explaining the keys. */
  hintId: string;
  roleDescription: string;
  editable: boolean;
  grid: StakeholderGrid;
  toSvg: (clientX: number, clientY: number) => { x: number; y: number } | null;
  onMove: (id: string, to: GridPosition) => void;
  onActivate: (id: string) => void;
  onFocusItem: (id: string | null) => void;
}) {
  const [drag, setDrag] = useState<{ x: number; y: number } | null>(null);
  const [focused, setFocused] = useState(false);
  const pointer = useRef<number | null>(null);
  const position: GridPosition = { influence, connection };

  const down = (e: ItemPointerEvent) => {
    if (!editable || !e.isPrimary || (e.pointerType === "mouse" && e.button !== 0)) return;
    pointer.current = e.pointerId;
    e.currentTarget.setPointerCapture(e.pointerId);
    if (e.pointerType !== "touch") e.preventDefault();
    e.currentTarget.focus({ preventScroll: true });
  };
  const move = (e: ItemPointerEvent) => {
    if (pointer.current !== e.pointerId) return;
    const p = toSvg(e.clientX, e.clientY);
    if (p) setDrag(p);
  };
  const up = (e: ItemPointerEvent) => {
    if (pointer.current !== e.pointerId) return;
    pointer.current = null;
    const p = toSvg(e.clientX, e.clientY) ?? drag;
    setDrag(null);
    if (!p) return;
    const cell = grid.cellAt(p.x, p.y);
    if (cell.influence !== influence || cell.connection !== connection) onMove(id, cell);
  };
  const cancel = () => {
    pointer.current = null;
    setDrag(null);
  };
  const key = (e: KeyboardEvent<SVGGElement>) => {
    if (!editable) return;
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      return onActivate(id);
    }
    const next = moveByKey(position, e.key);
    if (next) {
      e.preventDefault();
      onMove(id, next);
    }
  };

  const at = drag ?? { x, y };
  const target = drag ? grid.centre(grid.cellAt(drag.x, drag.y)) : null;
  return (
    <>
      {target ? (
        <rect
          aria-hidden="true"
          x={target.x - grid.cell / 2 + 2}
          y={target.y - grid.cell / 2 + 2}
          width={grid.cell - 4}
          height={grid.cell - 4}
          fill="none"
          stroke={colour}
          strokeWidth={3}
          strokeDasharray="6 4"
        />
      ) : null}
      <g
        role={editable ? "button" : "img"}
        tabIndex={editable ? 0 : undefined}
        aria-label={label}
        aria-roledescription={editable ? roleDescription : undefined}
        aria-describedby={editable ? hintId : undefined}
        data-testid="stakeholder-item"
        data-name={name}
        data-influence={influence}
        data-connection={connection}
        transform={`translate(${Math.round(at.x * 10) / 10} ${Math.round(at.y * 10) / 10})`}
        className={`outline-none ${editable ? (drag ? "cursor-grabbing" : "cursor-grab") : ""}`}
        style={{ touchAction: "none" }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={cancel}
        onLostPointerCapture={cancel}
        onKeyDown={key}
        onFocus={() => {
          setFocused(true);
          onFocusItem(id);
        }}
        onBlur={() => {
          setFocused(false);
          onFocusItem(null);
        }}
      >
        <circle r={Math.max(r, 22)} fill="transparent" />
        {focused ? <circle r={r + 5} fill="none" stroke="#1e3a8a" strokeWidth={3} /> : null}
        <circle r={r} fill={colour} stroke="#ffffff" strokeWidth={2} />
        <text textAnchor="middle" dominantBaseline="central" fill="#ffffff" fontSize={Math.min(14, r * 0.75)} fontWeight={700} aria-hidden="true">
          {initialsOf(name, r < 18 ? 2 : 3)}
        </text>
      </g>
    </>
  );
});
