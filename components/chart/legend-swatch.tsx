import { isStrokedMarker, markerPath } from "@/lib/chart/markers";
import { CHART_COLORS, type LineStyle } from "./chart-theme";

/** What a legend swatch shows: a line style, a band, or a ghost marker. */
export type SwatchKind =
  | { readonly kind: "line"; readonly style: LineStyle }
  | { readonly kind: "band"; readonly color: string; readonly opacity: number }
  | { readonly kind: "ghost" }
  | { readonly kind: "individuals" };

/** A 28 × 14 drawing of a layer's look (line, dash and marker), decorative: the text next to it names the layer. */
export function LegendSwatch({ swatch }: { readonly swatch: SwatchKind }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className="shrink-0">
      {swatch.kind === "line" && (
        <>
          <line x1="1" y1="7" x2="27" y2="7" stroke={swatch.style.color} strokeWidth={swatch.style.width} strokeDasharray={swatch.style.dash || undefined} />
          <path
            d={markerPath(swatch.style.marker, 14, 7, 8)}
            fill={isStrokedMarker(swatch.style.marker) ? "none" : swatch.style.color}
            stroke={isStrokedMarker(swatch.style.marker) ? swatch.style.color : "none"}
            strokeWidth={2}
          />
        </>
      )}
      {swatch.kind === "band" && <rect x="1" y="2" width="26" height="10" fill={swatch.color} fillOpacity={swatch.opacity} stroke={swatch.color} strokeOpacity={0.4} />}
      {swatch.kind === "ghost" && <circle cx="14" cy="7" r="5.5" fill={CHART_COLORS.mine} fillOpacity={0.45} stroke={CHART_COLORS.mine} strokeWidth={1.5} strokeDasharray="3 2" />}
      {swatch.kind === "individuals" && (
        <g stroke={CHART_COLORS.individual} strokeOpacity={0.55} fill="none">
          <path d="M1 10 L9 4 L18 9 L27 3" />
          <path d="M1 5 L10 9 L19 5 L27 10" />
        </g>
      )}
    </svg>
  );
}
