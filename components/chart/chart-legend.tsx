import type { ReactNode } from "react";
import { CHART_COLORS } from "./chart-theme";

interface ChartLegendProps {
  readonly mine: string;
  /** Null while the group is hidden: only "mine" is listed then. */
  readonly group: { readonly median: string; readonly spread: string } | null;
}

const Swatch = ({ children }: { readonly children: ReactNode }) => (
  <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" className="shrink-0">
    {children}
  </svg>
);

/** The chart's key: what my polygon, the median polygon and the band stand for. */
export function ChartLegend({ mine, group }: ChartLegendProps) {
  return (
    <ul className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1 text-sm text-zinc-700">
      <li className="flex items-center gap-1.5">
        <Swatch>
          <line x1="2" y1="7" x2="26" y2="7" stroke={CHART_COLORS.mine} strokeWidth="2.5" />
          <circle cx="14" cy="7" r="4.5" fill={CHART_COLORS.mine} />
        </Swatch>
        {mine}
      </li>
      {group && (
        <>
          <li className="flex items-center gap-1.5">
            <Swatch>
              <line x1="1" y1="7" x2="27" y2="7" stroke={CHART_COLORS.median} strokeWidth="2.5" strokeDasharray="7 4" />
              <rect x="10.5" y="3.5" width="7" height="7" fill={CHART_COLORS.median} />
            </Swatch>
            {group.median}
          </li>
          <li className="flex items-center gap-1.5">
            <Swatch>
              <rect x="1" y="2" width="26" height="10" fill={CHART_COLORS.band} fillOpacity="0.16" />
            </Swatch>
            {group.spread}
          </li>
        </>
      )}
    </ul>
  );
}
