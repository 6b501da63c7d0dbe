"use client";

import { useTranslations } from "next-intl";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { createStakeholderGrid } from "@/lib/workshop/stakeholder-grid";
import { cellSlots, STAKEHOLDER_LEVELS, type GridPosition, type Stakeholder } from "@/lib/workshop/stakeholders";
import { sectorColour } from "./sector-colours";
import { StakeholderItem } from "./stakeholder-item";

const GRID = createStakeholderGrid();

/** The grid lines, ticks and axis titles: drawn once, never re-rendered by a drag. */
const GridLayer = memo(function GridLayer({ influence, connection }: { influence: string; connection: string }) {
  const { plot, cell } = GRID;
  return (
    <g aria-hidden="true">
      <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.bottom - plot.top} fill="#f8fafc" stroke="#64748b" />
      {/* The high-influence, high-connection corner: the key players. */}
      <rect x={plot.left + cell * 3} y={plot.top} width={cell * 2} height={cell * 2} fill="#e0f2fe" />
      {STAKEHOLDER_LEVELS.map((level) => {
        const c = GRID.centre({ influence: level, connection: level });
        return (
          <g key={level}>
            <line x1={c.x + cell / 2} x2={c.x + cell / 2} y1={plot.top} y2={plot.bottom} stroke="#cbd5e1" />
            <line x1={plot.left} x2={plot.right} y1={c.y - cell / 2} y2={c.y - cell / 2} stroke="#cbd5e1" />
            <text x={c.x} y={plot.bottom + 18} textAnchor="middle" fontSize={14} fill="#1e293b">
              {level}
            </text>
            <text x={plot.left - 12} y={c.y} textAnchor="end" dominantBaseline="central" fontSize={14} fill="#1e293b">
              {level}
            </text>
          </g>
        );
      })}
      <text x={(plot.left + plot.right) / 2} y={plot.bottom + 44} textAnchor="middle" fontSize={15} fontWeight={600} fill="#0f172a">
        {connection} →
      </text>
      <text
        transform={`translate(${plot.left - 38} ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={15}
        fontWeight={600}
        fill="#0f172a"
      >
        {influence} →
      </text>
    </g>
  );
});

/**
 * The ecosystem map: stakeholders on an influence × connection grid (d3 scales for the geometry, React owns the
 * SVG). Items can be dragged, or focused and moved with the arrow keys; the list next to it is the text and form
 * alternative. Touches that start on an item do not scroll the page; elsewhere the page scrolls as usual.
 */
export function StakeholderMap({
  stakeholders,
  editable,
  onMove,
  onActivate,
}: {
  stakeholders: readonly Stakeholder[];
  editable: boolean;
  onMove: (id: string, to: GridPosition) => void;
  onActivate: (id: string) => void;
}) {
  const t = useTranslations("describe.stakeholders");
  const svgRef = useRef<SVGSVGElement>(null);
  const hintId = useId();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const slots = useMemo(() => cellSlots(stakeholders), [stakeholders]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    // React's touch listeners are passive; a touch on an item must not scroll the page while it is dragged.
    const hold = (e: TouchEvent) => {
      if (e.target instanceof Element && e.target.closest("[data-testid=stakeholder-item][role=button]")) e.preventDefault();
    };
    svg.addEventListener("touchstart", hold, { passive: false });
    return () => svg.removeEventListener("touchstart", hold);
  }, []);

  const toSvg = useCallback((clientX: number, clientY: number) => {
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }, []);

  const describe = (s: Stakeholder) => t("itemLabel", { name: s.name, influence: s.influence, connection: s.connection });
  const focused = stakeholders.find((s) => s.id === focusedId);
  return (
    <figure className="flex flex-col gap-2">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${GRID.size} ${GRID.size}`}
        role="group"
        aria-label={t("mapLabel")}
        className="mx-auto block h-auto w-full max-w-xl select-none"
        style={{ touchAction: "manipulation" }}
        data-testid="stakeholder-map"
      >
        <GridLayer influence={t("influence")} connection={t("connection")} />
        {stakeholders.map((s) => {
          const slot = slots.get(s.id) ?? { slot: 0, of: 1 };
          const p = GRID.slot(s, slot.slot, slot.of);
          return (
            <StakeholderItem
              key={s.id}
              id={s.id}
              name={s.name}
              influence={s.influence}
              connection={s.connection}
              x={p.x}
              y={p.y}
              r={p.r}
              colour={sectorColour(s.sector)}
              label={describe(s)}
              hintId={hintId}
              roleDescription={t("movable")}
              editable={editable}
              grid={GRID}
              toSvg={toSvg}
              onMove={onMove}
              onActivate={onActivate}
              onFocusItem={setFocusedId}
            />
          );
        })}
      </svg>
      <p id={hintId} className="text-sm text-slate-700">
        {editable ? t("mapHint") : t("mapReadOnly")}
      </p>
      <p aria-live="polite" className="min-h-6 text-center text-sm font-medium" data-testid="stakeholder-map-status">
        {focused ? describe(focused) : ""}
      </p>
    </figure>
  );
}
