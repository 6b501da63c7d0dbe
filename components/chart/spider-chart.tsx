"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { layoutRadar } from "@/lib/chart/layout";
import { describeValue } from "@/lib/chart/value-text";
import { ChartGrid } from "./chart-grid";
import { ChartLegend } from "./chart-legend";
import type { SpiderChartProps } from "./chart-types";
import { GroupLayer } from "./group-layer";
import { HandleLayer, handlePoint } from "./handle-layer";
import { MyProfile } from "./my-profile";
import { useAxisDrag } from "./use-axis-drag";

export type { GroupValues, SpiderChartAxis, SpiderChartLabels, SpiderChartProps } from "./chart-types";

type Nullable = number | null;

/**
 * The radar of the eight dimensions: my scores as draggable ARIA sliders (when `onChange` is given) and, once
 * revealed, the group's median polygon over its interquartile band. React owns the SVG and d3 only does the
 * math (docs/decisions/001-chart-rendering.md). Static layers are memoised on content keys, so a drag re-renders
 * only my polygon and the dragged handle.
 */
export function SpiderChart({ axes, mine, onChange, group, labels, className }: SpiderChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);

  // Content keys keep memoised layers stable when the parent passes equal but new objects on every render.
  const shortsKey = JSON.stringify(axes.map((a) => a.short));
  const fullKey = JSON.stringify(axes.map((a) => a.label));
  const layout = useMemo(() => layoutRadar(JSON.parse(shortsKey) as string[]), [shortsKey]);
  const fullLabels = useMemo(() => JSON.parse(fullKey) as string[], [fullKey]);
  const groupKey = group ? JSON.stringify(axes.map((a) => group[a.id] ?? null)) : null;
  const groupValues = useMemo(() => {
    if (groupKey === null) return null;
    const rows = JSON.parse(groupKey) as ({ median: Nullable; q1: Nullable; q3: Nullable } | null)[];
    return {
      median: rows.map((r) => r?.median ?? null),
      q1: rows.map((r) => r?.q1 ?? null),
      q3: rows.map((r) => r?.q3 ?? null),
    };
  }, [groupKey]);

  const { geometry } = layout;
  const editable = onChange !== undefined;
  const stored = axes.map((a) => mine[a.id]);

  const commit = useCallback(
    (axisIndex: number, value: number) => {
      const axis = axes[axisIndex];
      if (axis && onChange) onChange(axis.id, value);
    },
    [axes, onChange],
  );
  const focusHandle = useCallback((axisIndex: number) => {
    svgRef.current
      ?.querySelector<SVGGElement>(`[role=slider][data-axis-index="${axisIndex}"]`)
      ?.focus({ preventScroll: true });
  }, []);

  const handlePoints = stored.map((v, i) => handlePoint(geometry, i, v));
  const { drag, handlers } = useAxisDrag({
    svgRef,
    geometry,
    handlePoints,
    values: stored,
    onLevel: commit,
    onGrab: focusHandle,
  });

  const values = drag ? stored.map((v, i) => (i === drag.axisIndex ? drag.level : v)) : stored;
  const valueTexts = axes.map((a, i) => describeValue(values[i], a.levels, labels));
  const activeIndex = drag?.axisIndex ?? focusedIndex;
  const activeAxis = activeIndex === null ? undefined : axes[activeIndex];
  const status = activeAxis && activeIndex !== null ? `${activeAxis.label}: ${valueTexts[activeIndex]}` : "";

  return (
    <figure className={`flex flex-col gap-2 ${className ?? ""}`}>
      <svg
        ref={svgRef}
        data-testid="spider-chart"
        viewBox={layout.viewBox}
        role={editable ? "group" : "img"}
        aria-label={labels.title}
        className="block h-auto w-full select-none overflow-visible"
        style={{ touchAction: "manipulation", WebkitTapHighlightColor: "transparent" }}
      >
        <ChartGrid layout={layout} fullLabels={fullLabels} editable={editable} />
        {groupValues && <GroupLayer geometry={geometry} {...groupValues} />}
        <MyProfile geometry={geometry} values={values} dots={!editable} />
        {editable && (
          <HandleLayer
            geometry={geometry}
            axes={axes}
            values={values}
            handlePoints={values.map((v, i) => handlePoint(geometry, i, v))}
            valueTexts={valueTexts}
            focusedIndex={focusedIndex}
            dragIndex={drag?.axisIndex ?? null}
            onValue={commit}
            onFocusIndex={setFocusedIndex}
            pointer={handlers}
          />
        )}
      </svg>
      {editable && (
        <>
          {/* Visible help for sighted users (the focused or dragged axis); screen readers get aria-valuetext. */}
          <p aria-hidden="true" data-testid="spider-chart-status" className="min-h-[2lh] text-center text-sm text-zinc-800">
            {status}
          </p>
          {/* Announces only pointer drags: keyboard changes are already spoken through aria-valuetext. */}
          <p aria-live="polite" className="sr-only" data-testid="spider-chart-live">
            {drag ? status : ""}
          </p>
        </>
      )}
      <figcaption>
        <ChartLegend mine={labels.mine} group={groupValues ? { median: labels.median, spread: labels.spread } : null} />
      </figcaption>
    </figure>
  );
}
