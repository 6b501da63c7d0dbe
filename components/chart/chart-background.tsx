import { forwardRef, memo } from "react";
import type { RadarLayout } from "@/lib/chart/layout";
import { ChartGrid } from "./chart-grid";
import type { LayerVisibility } from "./chart-layers";
import { PROFILE_STYLES } from "./chart-theme";
import { DiscussLayer } from "./discuss-layer";
import { ExportLegend } from "./export-legend";
import { GroupLayer } from "./group-layer";
import { IndividualsLayer } from "./individuals-layer";
import type { SwatchKind } from "./legend-swatch";
import { OverlayLayers } from "./overlay-layers";
import type { ChartData } from "./use-chart-data";

interface ChartBackgroundProps {
  readonly layout: RadarLayout;
  readonly fullLabels: readonly string[];
  readonly editable: boolean;
  readonly scale: number;
  readonly layers: LayerVisibility;
  readonly profile: "baseline" | "target";
  readonly data: Pick<ChartData, "group" | "reference" | "sectors" | "cases" | "earlier" | "individuals" | "discuss">;
  /** The export-only key (rows and heading), or null when downloads are off. */
  readonly exportKey: { readonly heading: string; readonly rows: readonly { id: string; label: string; swatch: SwatchKind }[] } | null;
}

/** The background SVG gets its own compositor layer: changes around it (text, my polygon) never re-record its paths. */
const BACK_STYLE = { willChange: "transform" } as const;

/**
 * Everything that changes only when results, layers or the layout change: the web and labels, the disagreement
 * cue, everybody's lines, the reference lines and the group. Memoised on its parts (not on the ghosts or my
 * drag), so neither a drag frame nor a ghost moving re-renders it; its own layer means neither repaints it.
 */
export const ChartBackground = memo(
  forwardRef<SVGSVGElement, ChartBackgroundProps>(function ChartBackground(props, ref) {
    const { layout, fullLabels, editable, scale, layers, profile, data, exportKey } = props;
    const { geometry } = layout;
    const [vbX = 0, vbY = 0, , vbHeight = 0] = layout.viewBox.split(" ").map(Number);
    return (
      <svg ref={ref} viewBox={layout.viewBox} aria-hidden="true" className="block h-auto w-full select-none" style={BACK_STYLE} data-testid="spider-chart-back">
        <ChartGrid layout={layout} fullLabels={fullLabels} editable={editable} scale={scale} />
        {data.discuss.length > 0 && <DiscussLayer geometry={geometry} axes={data.discuss} scale={scale} />}
        {layers.individuals && data.individuals.length > 0 && <IndividualsLayer geometry={geometry} lines={data.individuals} scale={scale} />}
        <OverlayLayers geometry={geometry} data={data} layers={layers} profile={profile} scale={scale} />
        {data.group && (
          <GroupLayer
            geometry={geometry}
            values={data.group}
            style={PROFILE_STYLES[profile]}
            scale={scale}
            showMedian={layers.median}
            showSpread={layers.spread}
            showRange={layers.range}
          />
        )}
        {exportKey && <ExportLegend heading={exportKey.heading} rows={exportKey.rows} x={vbX + 8} y={vbY + vbHeight} />}
      </svg>
    );
  }),
);
