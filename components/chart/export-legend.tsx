import { LegendSwatch, type SwatchKind } from "./legend-swatch";
import { CHART_COLORS } from "./chart-theme";

/** Row height of the export legend, in viewBox units. */
const ROW = 20;

/**
 * The key of an exported file: hidden on screen (the HTML legend serves there), revealed by chart-export under
 * the drawing so a downloaded chart explains itself on a slide. Its height travels in `data-height`.
 */
export function ExportLegend({
  heading,
  rows,
  x,
  y,
}: {
  readonly heading: string;
  readonly rows: readonly { readonly id: string; readonly label: string; readonly swatch: SwatchKind }[];
  /** Top-left corner, in chart space (below the labels). */
  readonly x: number;
  readonly y: number;
}) {
  const height = (rows.length + 1) * ROW + 12;
  return (
    <g data-export="legend" data-height={height} display="none" aria-hidden="true" transform={`translate(${x} ${y})`}>
      <text x={0} y={ROW - 4} fontSize={14} fontWeight={700} fill={CHART_COLORS.text}>
        {heading}
      </text>
      {rows.map((row, i) => (
        <g key={row.id} transform={`translate(0 ${(i + 1) * ROW + 4})`}>
          <svg x={0} y={0} width={28} height={14} viewBox="0 0 28 14">
            <LegendSwatch swatch={row.swatch} />
          </svg>
          <text x={34} y={11} fontSize={12} fill={CHART_COLORS.text}>
            {row.label}
          </text>
        </g>
      ))}
    </g>
  );
}
