import { useEffect, useRef, useState, type PointerEvent, type RefObject } from "react";
import type { Point, RadarGeometry } from "@/lib/chart/geometry";
import { pickAxis } from "@/lib/chart/hit-test";
import { CHART_SIZES } from "./chart-theme";

/** The level under the pointer while a handle is dragged; null when no drag is under way. */
export interface DragState {
  readonly axisIndex: number;
  readonly level: number;
}

interface UseAxisDragOptions {
  readonly svgRef: RefObject<SVGSVGElement | null>;
  readonly geometry: RadarGeometry;
  /** Where each axis's handle is drawn now (null: no handle). */
  readonly handlePoints: readonly (Point | null)[];
  /** Each axis's current value: 1–5, 0 = not assessed, undefined = not rated. */
  readonly values: readonly (number | undefined)[];
  /** Commits a level for an axis. Called on every level change during a drag, so it must be cheap. */
  readonly onLevel: (axisIndex: number, level: number) => void;
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
 * Pointer dragging (mouse, touch, pen) of the score handles along their axes, with pointer capture on the
 * handle layer. The session lives in a ref, so pointer frames that stay on the same level cause no React work;
 * only a change of level sets state (the dragged handle and my polygon re-render) and commits it.
 */
export function useAxisDrag({ svgRef, geometry, handlePoints, values, onLevel, onGrab }: UseAxisDragOptions) {
  const session = useRef<Session | null>(null);
  const [drag, setDrag] = useState<DragState | null>(null);

  // Chrome ignores `touch-action` on SVG shapes, so the chart's <svg> allows panning and a touch that starts on
  // a handle cancels its own scroll here instead (React's touch listeners are passive and cannot).
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const holdPage = (e: TouchEvent): void => {
      if (e.target instanceof Element && e.target.closest("[role=slider]")) e.preventDefault();
    };
    svg.addEventListener("touchstart", holdPage, { passive: false });
    return () => svg.removeEventListener("touchstart", holdPage);
  }, [svgRef]);

  const toChart = (e: LayerPointerEvent): Point | null => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return [p.x, p.y];
  };

  const end = (): void => {
    session.current = null;
    setDrag(null);
  };

  const onPointerDown = (e: LayerPointerEvent): void => {
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

  const onPointerMove = (e: LayerPointerEvent): void => {
    const s = session.current;
    if (!s || s.pointerId !== e.pointerId || !s.canDrag) return;
    if (!s.moved && Math.hypot(e.clientX - s.startX, e.clientY - s.startY) < DRAG_SLOP_PX) return;
    s.moved = true;
    const p = toChart(e);
    if (!p) return;
    const level = geometry.levelFromPoint(s.axisIndex, p[0], p[1]);
    setDrag((prev) => (prev?.axisIndex === s.axisIndex && prev.level === level ? prev : { axisIndex: s.axisIndex, level }));
    if (level !== s.lastLevel) {
      s.lastLevel = level;
      onLevel(s.axisIndex, level);
    }
  };

  const onPointerUp = (e: LayerPointerEvent): void => {
    const s = session.current;
    if (!s || s.pointerId !== e.pointerId) return;
    // A tap on a ring point of an axis (not on a handle) sets that level.
    const p = !s.moved && !s.onHandle ? toChart(e) : null;
    if (p) {
      const level = geometry.levelFromPoint(s.axisIndex, p[0], p[1]);
      if (level !== values[s.axisIndex]) onLevel(s.axisIndex, level);
    }
    end();
  };

  const onPointerCancel = (e: LayerPointerEvent): void => {
    if (session.current?.pointerId === e.pointerId) end();
  };

  return {
    drag,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onLostPointerCapture: onPointerCancel },
  };
}
