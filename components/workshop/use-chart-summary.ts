"use client";

import { useLocale, useTranslations } from "next-intl";
import { summariseChart, type SummaryAggregate } from "@/lib/chart/summary";
import type { ScoreSheet } from "@/lib/workshop/scores";

/**
 * The chart's short text summary for screen readers, in the person's language: my progress; once revealed the
 * dimensions of highest agreement and widest disagreement and where my ratings sit against the median. Under
 * the blind rule it says nothing about the group before the reveal (the inputs then hold no group data anyway).
 */
export function useChartSummary(
  axes: readonly { readonly id: string; readonly label: string }[],
  mine: ScoreSheet,
  group: Readonly<Record<string, SummaryAggregate>> | null,
  options: { readonly rates: boolean; readonly respondents: number },
): string {
  const t = useTranslations("chart.summary");
  const locale = useLocale();
  const s = summariseChart(
    axes.map((a) => a.id),
    mine,
    group,
  );
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const names = (ids: readonly string[]): string => list.format(ids.map((id) => axes.find((a) => a.id === id)?.label ?? id));
  const parts = [options.rates ? t("rated", { rated: s.rated, total: s.total }) : t("observer", { count: options.respondents })];
  if (!s.revealed) return [...parts, t("hidden")].join(" ");
  if (s.agreement.length > 0) parts.push(t("agreement", { dimensions: names(s.agreement) }));
  if (s.disagreement.length > 0) parts.push(t("disagreement", { dimensions: names(s.disagreement) }));
  if (options.rates) {
    if (s.above.length > 0) parts.push(t("above", { dimensions: names(s.above) }));
    if (s.below.length > 0) parts.push(t("below", { dimensions: names(s.below) }));
    if (s.same.length > 0) parts.push(t("same", { dimensions: names(s.same) }));
  }
  return parts.join(" ");
}
