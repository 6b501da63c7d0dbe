import { useRef, useState, type PointerEvent } from "react";
import { isPlottable, PARK_LEVEL, profileOutline } from "../lib/chart/geometry";
import { layoutRadar } from "../lib/chart/layout";
import { bandPath, outlinePath, polygonPath } from "../lib/chart/paths";
import { describeValue, type ValueTextLabels } from "../lib/chart/value-text";
import type { ProfileResult } from "../lib/sync/schema";

/** Props of the naive chart: the same data as the real one draws in the bench. */
export interface NaiveChartProps {
  readonly axes: readonly { readonly id: string; readonly short: string; readonly label: string; readonly levels: readonly string[] }[];
  /** Level names and "not rated" words: the status line, the live region and aria-valuetext say the same as the real chart's. */
  readonly labels: ValueTextLabels;
  readonly mine: Readonly<Record<string, number>>;
  readonly result: ProfileResult;
  readonly reference: ProfileResult;
  readonly cases: readonly { readonly id: string; readonly values: Readonly<Record<string, number>> }[];
  readonly ghosts: readonly { readonly id: string; readonly dimensionId: string; readonly level: number; readonly color: string }[];
  readonly onChange: (axisId: string, value: number) => void;
}

const COLORS = ["#0b6fa4", "#9a5b00", "#08785a", "#a3316f"];

/**
 * BENCH ONLY — a deliberately naive spider chart: one component, no memoisation, the layout recomputed on every
 * render and a state update on every pointer frame, so each frame re-renders and re-diffs the whole drawing
 * (200 individual polygons included). It shows on a drag what the real chart shows — my polygon, the handle with
 * its aria-valuetext, the snap ring and numbered badge, the status line with the level's descriptor and a live
 * region — so the comparison is of the update strategy, not of features. It exists to show what the real chart's
 * layering saves; never ship it.
 */
export function NaiveChart({ axes, labels, mine, result, reference, cases, ghosts, onChange }: NaiveChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ axis: number; level: number; x: number; y: number } | null>(null);
  const layout = layoutRadar(axes.map((a) => a.short));
  const g = layout.geometry;
  const ids = axes.map((a) => a.id);
  const values = ids.map((id, i) => (drag && drag.axis === i ? drag.level : mine[id]));
  const dims = result.revealed ? result.dimensions : {};
  const col = (k: "median" | "q1" | "q3") => ids.map((id) => dims[id]?.[k] ?? null);
  const toChart = (e: PointerEvent<SVGGElement>) => {
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(svgRef.current?.getScreenCTM()?.inverse());
    return [p.x, p.y] as const;
  };
  const onDown = (e: PointerEvent<SVGGElement>) => {
    const hit = e.target instanceof Element ? e.target.closest("[data-axis-index]") : null;
    const axis = Number(hit?.getAttribute("data-axis-index") ?? -1);
    if (axis < 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const [x, y] = toChart(e);
    setDrag({ axis, level: g.levelFromPoint(axis, x, y), x, y });
  };
  const onMove = (e: PointerEvent<SVGGElement>) => {
    if (!drag) return;
    const [x, y] = toChart(e);
    setDrag({ axis: drag.axis, level: g.levelFromPoint(drag.axis, x, y), x, y });
  };
  const onUp = () => {
    if (drag) onChange(ids[drag.axis] ?? "", drag.level);
    setDrag(null);
  };
  const dragged = drag ? axes[drag.axis] : undefined;
  const status = dragged && drag ? `${dragged.label}: ${describeValue(drag.level, dragged.levels, labels)}` : "";
  return (
    <div>
    <svg ref={svgRef} viewBox={layout.viewBox} className="block h-auto w-full" data-testid="spider-chart">
      {[1, 2, 3, 4, 5].map((l) => <path key={l} d={polygonPath(g.ringPoints(l))} fill="none" stroke="#d4d4d8" />)}
      {ids.map((id, i) => {
        const [x, y] = g.pointAt(i, 5);
        return <line key={id} x1={0} y1={0} x2={x} y2={y} stroke="#71717a" />;
      })}
      {layout.labels.map((l, i) => (
        <text key={i} x={l.x} textAnchor={l.anchor} fontSize={14}>
          {l.lines.map((line, k) => <tspan key={k} x={l.x} y={l.baselines[k]}>{line}</tspan>)}
        </text>
      ))}
      <g fill="none" stroke="#52525b" strokeOpacity={0.22}>
        {(result.revealed ? (result.individual ?? []) : []).map((p) => (
          <path key={p.participantId} d={outlinePath(profileOutline(g, ids.map((id) => p.scores[id])))} />
        ))}
      </g>
      {cases.map((c) => <path key={c.id} d={outlinePath(profileOutline(g, ids.map((id) => c.values[id])))} fill="none" stroke="#57534e" strokeDasharray="1 3" />)}
      {Object.entries(result.revealed ? (result.bySector ?? {}) : {}).map(([sector, agg], k) => (
        <path key={sector} d={outlinePath(profileOutline(g, ids.map((id) => agg[id]?.median ?? null)))} fill="none" stroke={COLORS[k % 4]} strokeWidth={2} />
      ))}
      {reference.revealed && <path d={outlinePath(profileOutline(g, ids.map((id) => reference.dimensions[id]?.median ?? null)))} fill="none" stroke="#7e22ce" strokeDasharray="12 4 2 4" />}
      <path d={bandPath(g, col("q1"), col("q3"))} fill="#c2410c" fillOpacity={0.16} fillRule="evenodd" />
      <path d={outlinePath(profileOutline(g, col("median")))} fill="none" stroke="#c2410c" strokeWidth={2.5} strokeDasharray="7 4" />
      <path d={outlinePath(profileOutline(g, values))} fill="#1d4ed8" fillOpacity={0.12} stroke="#1d4ed8" strokeWidth={2.5} />
      {ghosts.map((gh) => {
        const [x, y] = g.pointAt(ids.indexOf(gh.dimensionId), gh.level);
        return <circle key={gh.id} cx={x} cy={y} r={7} fill={gh.color} fillOpacity={0.45} />;
      })}
      {drag && (
        <g data-testid="drag-feedback" data-level={drag.level}>
          <line x1={0} y1={0} x2={g.pointAt(drag.axis, 5)[0]} y2={g.pointAt(drag.axis, 5)[1]} stroke="#1d4ed8" strokeOpacity={0.3} strokeWidth={6} />
          <path d={polygonPath(g.ringPoints(drag.level))} fill="none" stroke="#1d4ed8" strokeDasharray="4 3" />
          <circle cx={g.pointAt(drag.axis, drag.level)[0] + 26} cy={g.pointAt(drag.axis, drag.level)[1]} r={11} fill="#1d4ed8" />
          <text x={g.pointAt(drag.axis, drag.level)[0] + 26} y={g.pointAt(drag.axis, drag.level)[1]} fill="#fff" fontSize={13} textAnchor="middle" dominantBaseline="central">
            {drag.level}
          </text>
        </g>
      )}
      <g onPointerDown={onDown} onPointerMove={onMove} onPointerUp={onUp}>
        {ids.map((id, i) => {
          const [x, y] = g.pointAt(i, isPlottable(values[i]) ? (values[i] ?? 0) : PARK_LEVEL);
          return (
            <g key={id} role="slider" aria-label={axes[i]?.label} aria-valuenow={values[i] ?? 0} aria-valuetext={describeValue(values[i], axes[i]?.levels ?? [], labels)} tabIndex={0} data-axis-index={i} data-testid={`handle-${id}`} transform={`translate(${x} ${y})`}>
              <circle r={30} fill="transparent" />
              <circle r={9} fill="#1d4ed8" stroke="#fff" strokeWidth={2} />
            </g>
          );
        })}
      </g>
    </svg>
    <p aria-hidden="true" className="h-[6lh] overflow-hidden text-center text-sm">{status}</p>
    <p aria-live="polite" className="sr-only">{status}</p>
    </div>
  );
}
