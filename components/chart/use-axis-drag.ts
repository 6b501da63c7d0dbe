import { useEffect, useLayoutEffect, useState, type PointerEvent, type RefObject } from "react";
import type { Point, RadarGeometry } from "@/lib/chart/geometry";
import { pickAxis } from "@/lib/chart/hit-test";
import { CHART_SIZES } from "./chart-theme";
import type { DragStore } from "./drag-store";

interface UseAxisDragOptions {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** Where the drag in progress is published (the chart's few live components subscribe to it). */
  readonly store: DragStore;
  readonly geometry: RadarGeometry;
  /** Where each axis's handle is drawn now (null: no handle). */
  readonly handlePoints: readonly (Point | null)[];
  /** Each axis's current value: 1–5, 0 = not assessed, undefined = not rated. */
  readonly values: readonly (number | undefined)[];
  /** Commits a level for an axis: once when a drag is released (if the level changed), or on a tap. */
  readonly onCommit: (axisIndex: number, level: number) => void;
  /** The snapped level changed during a drag (null: the drag ended or was cancelled). Not called per frame. */
  readonly onPreview?: (axisIndex: number, level: number | null) => void;
  /** A press landed on an axis: focus its handle. */
  readonly onGrab: (axisIndex: number) => void;
}

interface Session {
  readonly pointerId: number;
  readonly axisIndex: number;
  readonly startX: number;
  readonly startY: number;
  /** Handles drag; a press on an axis strip by touch only taps, so a swipe there still scrolls the page. */
  readonly canDrag: boolean;
  readonly onHandle: boolean;
  moved: boolean;
  lastLevel: number | undefined;
}

/** Screen pixels a press may wander before it counts as a drag rather than a tap. */
const DRAG_SLOP_PX = 4;

type LayerPointerEvent = PointerEvent<SVGGElement>;

/**
 * A short tick, as a level snaps, on touch screens with a vibration motor (feedback a finger can feel). Only once
 * the page has had a user activation: before that Chrome refuses the call and logs a costly console warning.
 */
function tick(pointerType: string): void {
  if (pointerType !== "touch" || typeof navigator === "undefined" || typeof navigator.vibrate !== "function") return;
  if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
  navigator.vibrate(6);
}

/**
 * Pointer dragging (mouse, touch, pen) of the score handles along their axes, with pointer capture on the
 * handle layer. The session lives in a ref, so pointer frames that stay on the same level cause no React work;
 * only a change of level is published to the drag store (the dragged handle, my polygon, the snap feedback and
 * the status line re-render — not the chart) and previewed. The value is committed once, on release
 * (docs/decisions/010-chart-layers-and-live-drag.md); a cancelled drag (the browser took the gesture) commits
 * nothing and the handle returns to the stored value.
 */
export function useAxisDrag(options: UseAxisDragOptions) {
  const { svgRef } = options;
  // The handlers are created once and read the latest options here, so the layers they are passed to stay memoised.
  const [drag] = useState(() => createHandlers(options));
  useLayoutEffect(() => drag.update(options));
  const { handlers } = drag;

  // Chrome ignores `touch-action` on SVG shapes, so the chart's <svg> allows panning and a touch that starts on
  // a handle cancels its own scroll here instead (React's touch listeners are passive and cannot).
  // Pointer moves, the drag's hot path, are heard natively too: no synthetic event per frame.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const holdPage = (e: TouchEvent): void => {
      if (e.target instanceof Element && e.target.closest("[role=slider]")) e.preventDefault();
    };
    svg.addEventListener("touchstart", holdPage, { passive: false });
    svg.addEventListener("pointermove", drag.onPointerMove);
    return () => {
      svg.removeEventListener("touchstart", holdPage);
      svg.removeEventListener("pointermove", drag.onPointerMove);
    };
  }, [svgRef, drag]);

  return { handlers };
}

/** The pointer handlers of one chart, reading the options last passed to `update` (after each render). */
function createHandlers(initial: UseAxisDragOptions) {
  const session: { current: Session | null } = { current: null };
  let latest = initial;
  const current = (): UseAxisDragOptions => latest;

  const toChart = (e: { readonly clientX: number; readonly clientY: number }): Point | null => {
    const { svgRef } = current();
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return [p.x, p.y];
  };

  const end = (): void => {
    const { store, onPreview } = current();
    const s = session.current;
    session.current = null;
    store.set(null);
    if (s?.moved) onPreview?.(s.axisIndex, null);
  };

  const onPointerDown = (e: LayerPointerEvent): void => {
    const { geometry, handlePoints, values, onGrab } = current();
    if (!e.isPrimary || (e.pointerType === "mouse" && e.button !== 0)) return;
    const p = toChart(e);
    if (!p) return;
    const onHandleElement = e.target instanceof Element && e.target.closest("[role=slider]") !== null;
    const pick = pickAxis(geometry, handlePoints, p[0], p[1], CHART_SIZES.grabRadius);
    session.current = {
      pointerId: e.pointerId,
      axisIndex: pick.axisIndex,
      startX: e.clientX,
      startY: e.clientY,
      canDrag: onHandleElement || e.pointerType !== "touch",
      onHandle: pick.onHandle,
      moved: false,
      lastLevel: values[pick.axisIndex],
    };
    e.currentTarget.setPointerCapture(e.pointerId);
    // Mouse/pen: no text selection or native focus jump (we focus the picked handle). Not for touch: Chrome would
    // cancel the touch sequence too, and a swipe that starts on an axis must still scroll the page.
    if (e.pointerType !== "touch") e.preventDefault();
    onGrab(pick.axisIndex);
  };

  const onPointerMove = (e: globalThis.PointerEvent): void => {
    const s = session.current;
    if (!s || s.pointerId !== e.pointerId || !s.canDrag) return;
    const { geometry, store, onPreview } = current();
    if (!s.moved && Math.hypot(e.clientX - s.startX, e.clientY - s.startY) < DRAG_SLOP_PX) return;
    const p = toChart(e);
    if (!p) return;
    const level = geometry.levelFromPoint(s.axisIndex, p[0], p[1]);
    const first = !s.moved;
    // The hot path: a frame that stays on the same level does no React work at all.
    if (!first && level === s.lastLevel) return;
    if (!first || level !== s.lastLevel) tick(e.pointerType);
    s.moved = true;
    s.lastLevel = level;
    store.set({ axisIndex: s.axisIndex, level });
    onPreview?.(s.axisIndex, level);
  };

  const onPointerUp = (e: LayerPointerEvent): void => {
    const s = session.current;
    if (!s || s.pointerId !== e.pointerId) return;
    const { geometry, values, onCommit } = current();
    if (s.moved) {
      // Release: commit the level the handle snapped to.
      if (s.lastLevel !== undefined && s.lastLevel !== values[s.axisIndex]) onCommit(s.axisIndex, s.lastLevel);
    } else if (!s.onHandle) {
      // A tap on a ring point of an axis (not on a handle) sets that level.
      const p = toChart(e);
      if (p) {
        const level = geometry.levelFromPoint(s.axisIndex, p[0], p[1]);
        if (level !== values[s.axisIndex]) onCommit(s.axisIndex, level);
      }
    }
    end();
  };

  const onPointerCancel = (e: LayerPointerEvent): void => {
    if (session.current?.pointerId === e.pointerId) end();
  };

  return {
    handlers: { onPointerDown, onPointerUp, onPointerCancel, onLostPointerCapture: onPointerCancel },
    /** Listened to natively on the chart's <svg> (useAxisDrag): a pointer move is the drag's hot path. */
    onPointerMove,
    update: (next: UseAxisDragOptions): void => {
      latest = next;
    },
  };
}
