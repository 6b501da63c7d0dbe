"use client";

import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { DEFAULT_LAYOUT, layoutRadar, PROJECTOR_LAYOUT } from "@/lib/chart/layout";
import { ChartBackground } from "./chart-background";
import { ChartDownloads } from "./chart-downloads";
import { useLayers } from "./chart-layers";
import { ChartLegend } from "./chart-legend";
import { ChartStatus } from "./chart-status";
import { PROJECTOR_SCALE } from "./chart-theme";
import type { SpiderChartProps } from "./chart-types";
import { createDragStore } from "./drag-store";
import { GhostLayer } from "./ghost-layer";
import { handlePoint } from "./handle-layer";
import { exportRows, legendItems } from "./legend-items";
import { LiveLayer } from "./live-layer";
import { useAxisDrag } from "./use-axis-drag";
import { useChartData } from "./use-chart-data";

export type {
  ChartDrag,
  ChartGhost,
  GroupValues,
  IndividualSheet,
  ProfileOverlay,
  SpiderChartAxis,
  SpiderChartLabels,
  SpiderChartProps,
} from "./chart-types";

const MemoLegend = memo(ChartLegend);
const MemoLiveLayer = memo(LiveLayer);
const MemoStatus = memo(ChartStatus);
/**
 * The foreground lies exactly over the background, on its own compositor layer (will-change), so a drag frame
 * repaints nothing else. Its SVG is sized like the background's (full width, height from the viewBox — never a
 * percentage height), which makes it its own layout root: a drag frame lays out only this SVG, not the page.
 * Inline styles, not utility classes: the overlay must hold even without the stylesheet.
 */
const FRONT_BOX = { position: "absolute", inset: 0, willChange: "transform" } as const;
/**
 * The side panel (status, legend, downloads) is its own stacking context, so a frame that repaints the chart or the
 * status line reuses the panel's recorded paint as one cached block instead of walking its buttons and swatches.
 */
const SIDE_STYLE = { isolation: "isolate" } as const;
const FRONT_STYLE = { display: "block", width: "100%", height: "auto", touchAction: "manipulation", WebkitTapHighlightColor: "transparent" } as const;

/**
 * The radar of the eight dimensions: my scores as draggable ARIA sliders (when `onChange` is given) over the
 * revealed layers — the group median and its bands, the other profile, sectors, cases, an earlier assessment,
 * everybody's lines and others' live drags — each toggled in the legend. React owns the SVG, d3 only does the
 * math (docs/decisions/001). Two stacked SVGs share one viewBox: the background holds everything that changes
 * only with results; the foreground (its own compositor layer) holds my polygon, handles, ghosts and the snap
 * feedback, so a drag frame repaints only the foreground and re-renders only its live layer (docs/decisions/011).
 */
export function SpiderChart(props: SpiderChartProps) {
  const { axes, mine, onChange, onDrag, labels, profile = "baseline", size = "default", className } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const backRef = useRef<SVGSVGElement>(null);
  const [store] = useState(createDragStore);
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const [selectedIndex, setSelectedIndex] = useState<number | null>(null);
  const [layers, toggleLayer] = useLayers(props.initialLayers);
  const projector = size === "projector";
  const scale = projector ? PROJECTOR_SCALE : 1;

  // Content keys keep memoised layers stable when the parent passes equal but new objects on every render.
  const shortsKey = JSON.stringify(axes.map((a) => a.short));
  const idsKey = axes.map((a) => a.id).join("|");
  const fullKey = JSON.stringify(axes.map((a) => a.label));
  const layout = useMemo(
    () => layoutRadar(JSON.parse(shortsKey) as string[], projector ? PROJECTOR_LAYOUT : DEFAULT_LAYOUT),
    [shortsKey, projector],
  );
  const fullLabels = useMemo(() => JSON.parse(fullKey) as string[], [fullKey]);
  const axisIds = useMemo(() => idsKey.split("|"), [idsKey]);
  const data = useChartData(axisIds, props);

  const { geometry } = layout;
  const editable = onChange !== undefined && !projector && layers.mine;
  // Stable while my values are equal, so a ghost or results update does not re-render the live layer or status.
  const storedKey = axes.map((a) => mine[a.id] ?? "").join("|");
  const stored = useMemo(
    () => storedKey.split("|").map((v) => (v === "" ? undefined : Number(v))),
    [storedKey],
  );

  // Callbacks read the latest props through a ref: parents often pass new arrows on every render, and stable
  // callbacks keep the memoised live layer and status line from re-rendering when only results or ghosts change.
  const latest = useRef({ axes, onChange, onDrag });
  useLayoutEffect(() => {
    latest.current = { axes, onChange, onDrag };
  });
  const commit = useCallback((axisIndex: number, value: number | null) => {
    const { axes: list, onChange: change } = latest.current;
    const axis = list[axisIndex];
    if (axis && change) change(axis.id, value);
  }, []);
  const preview = useCallback((axisIndex: number, level: number | null) => {
    const { axes: list, onDrag: drag } = latest.current;
    const axis = list[axisIndex];
    if (axis) drag?.(level === null ? null : { axisId: axis.id, level });
  }, []);
  const notAssessed = useCallback((id: string, value: 0 | null) => latest.current.onChange?.(id, value), []);
  const grab = useCallback((axisIndex: number) => {
    setSelectedIndex(axisIndex);
    svgRef.current?.querySelector<SVGGElement>(`[role=slider][data-axis-index="${axisIndex}"]`)?.focus({ preventScroll: true });
  }, []);
  const onFocusIndex = useCallback((axisIndex: number | null) => {
    setFocusedIndex(axisIndex);
    if (axisIndex !== null) setSelectedIndex(axisIndex);
  }, []);
  const { handlers } = useAxisDrag({
    svgRef,
    store,
    geometry,
    handlePoints: stored.map((v, i) => handlePoint(geometry, i, v)),
    values: stored,
    onCommit: commit,
    onPreview: preview,
    onGrab: grab,
  });

  const hasMine = onChange !== undefined || stored.some((v) => v !== undefined);
  const hasGhosts = props.ghosts !== undefined && data.group !== null;
  const { group, reference, sectors, cases, earlier, individuals } = data;
  const hasIndividuals = individuals.length > 0;
  // Keyed on content: new results (other numbers, same layers) neither re-render the legend nor the export key.
  const itemsKey = useMemo(
    () => JSON.stringify(legendItems({ group, reference, sectors, cases, earlier, individuals: hasIndividuals ? [1] : [] }, labels, profile, { mine: hasMine, ghosts: hasGhosts })),
    [group, reference, sectors, cases, earlier, hasIndividuals, labels, profile, hasMine, hasGhosts],
  );
  const items = useMemo(() => JSON.parse(itemsKey) as ReturnType<typeof legendItems>, [itemsKey]);
  const exportKey = useMemo(
    () => (props.exportName === undefined ? null : { heading: labels.title, rows: exportRows(items, layers) }),
    [props.exportName, labels.title, items, layers],
  );
  const discuss = data.discuss;
  const background = useMemo(
    () => ({ group, reference, sectors, cases, earlier, individuals, discuss }),
    [group, reference, sectors, cases, earlier, individuals, discuss],
  );
  const discussNames = data.discuss.map((i) => axes[i]?.label ?? "").filter(Boolean);

  return (
    // A container query lays the chart and its side panel (status, legend, downloads) side by side when there is room.
    <figure className={`@container ${className ?? ""}`} data-size={size}>
      <div className={projector ? "flex flex-col gap-3" : "grid gap-3 @3xl:grid-cols-[minmax(0,34rem)_minmax(0,1fr)] @3xl:items-center"}>
        <div className={`relative mx-auto w-full ${projector ? "max-w-5xl" : "max-w-xl"}`}>
          <ChartBackground
            ref={backRef}
            layout={layout}
            fullLabels={fullLabels}
            editable={editable}
            scale={scale}
            layers={layers}
            profile={profile}
            data={background}
            exportKey={exportKey}
          />
          <div style={FRONT_BOX}>
          <svg
            ref={svgRef}
            data-testid="spider-chart"
            viewBox={layout.viewBox}
            role={editable ? "group" : "img"}
            aria-label={labels.title}
            className="select-none"
            style={FRONT_STYLE}
          >
            {layers.ghosts && data.group && data.ghosts.length > 0 && (
              <g data-export="skip">
                <GhostLayer geometry={geometry} ghosts={data.ghosts} scale={scale} />
              </g>
            )}
            <MemoLiveLayer
              store={store}
              geometry={geometry}
              axes={axes}
              stored={stored}
              showMine={layers.mine}
              editable={editable}
              scale={scale}
              labels={labels}
              focusedIndex={focusedIndex}
              onValue={commit}
              onFocusIndex={onFocusIndex}
              pointer={handlers}
            />
          </svg>
          </div>
        </div>
        <div className="flex flex-col gap-2" style={SIDE_STYLE}>
          {editable && (
            <MemoStatus store={store} axes={axes} stored={stored} selectedIndex={selectedIndex} labels={labels} onNotAssessed={notAssessed} />
          )}
          {discussNames.length > 0 && (
            <p className={`text-center font-semibold text-red-800 ${projector ? "text-xl" : "text-sm @3xl:text-left"}`} data-testid="discuss-list">
              <span aria-hidden="true">! </span>
              {labels.discuss}: {discussNames.join(", ")}
            </p>
          )}
          <figcaption className="space-y-2">
            <MemoLegend items={items} layers={layers} onToggle={toggleLayer} label={labels.legend} large={projector} />
            {props.summary && (
              <p className="sr-only" data-testid="chart-summary">
                {props.summary}
              </p>
            )}
          </figcaption>
          {props.exportName !== undefined && (
            <ChartDownloads backRef={backRef} frontRef={svgRef} title={labels.title} fileBase={props.exportName} labels={{ svg: labels.downloadSvg, png: labels.downloadPng }} />
          )}
        </div>
      </div>
    </figure>
  );
}
