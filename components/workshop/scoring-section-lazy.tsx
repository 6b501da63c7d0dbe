"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ScoringSectionProps } from "./scoring-section";
import { ROOM_PARTS } from "./room-parts";

/** Shown while the chart's code arrives (the first time a phone opens a rating tab). */
function ChartLoading() {
  const t = useTranslations("room");
  return (
    <p role="status" className="text-sm text-slate-700" data-testid="chart-loading">
      {t("status.loadingChart")}
    </p>
  );
}

/**
 * {@link ScoringSection} as its own chunk (the spider chart, its layers, d3 geometry and exports): step screens show
 * it on a tab, so a phone fetches it only when that tab is opened (docs/decisions/023-phone-weight.md).
 */
export const ScoringSectionLazy = dynamic<ScoringSectionProps>(() => ROOM_PARTS.scoringSection().then((m) => m.ScoringSection), {
  ssr: false,
  loading: ChartLoading,
});
