"use client";

import { useLocale, useTranslations } from "next-intl";
import { SpiderChart } from "@/components/chart/spider-chart";
import type { Results } from "@/lib/sync/schema";
import { computeGaps } from "@/lib/workshop/gaps";
import type { RoomContent } from "../room-content";
import { useChartLabels } from "../use-chart-labels";

/** Cells wrap anywhere (long dimension names, Polish headers) so the table fits a 360 px phone without sideways scrolling. */
const CELL = "border border-slate-400 px-1 py-1 text-left [overflow-wrap:anywhere] hyphens-auto sm:px-2";
const LAYERS = { mine: false, median: true, spread: false, range: false, reference: true, sectors: false, cases: false, earlier: false, individuals: false, ghosts: false };

/** The report's profile: the spider chart of the group's medians (today and target) and the same numbers as a table. */
export function OutcomeProfile({ content, results }: { content: RoomContent; results: Results }) {
  const t = useTranslations("outcome.profile");
  const locale = useLocale();
  const labels = useChartLabels(content, "baseline");
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format;
  const baseline = results.baseline.revealed ? results.baseline.dimensions : null;
  const target = results.target.revealed ? results.target.dimensions : null;
  const ids = content.axes.map((a) => a.id);
  const gaps = new Map(computeGaps(ids, baseline ?? {}, target ?? {}).map((g) => [g.dimensionId, g]));
  const num = (v: number | null | undefined) => (typeof v === "number" ? format(v) : t("none"));
  return (
    <div className="space-y-3">
      {!baseline && !target ? <p data-testid="outcome-profile-hidden">{t("hidden")}</p> : null}
      <div className="outcome-chart mx-auto max-w-xl" data-testid="outcome-chart">
        <SpiderChart axes={content.axes} mine={{}} profile="baseline" group={baseline} reference={target} initialLayers={LAYERS} labels={labels.chart} />
      </div>
      <table className="w-full border-collapse text-sm" data-testid="outcome-profile-table">
        <caption className="text-left font-semibold">{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={CELL}>{t("dimension")}</th>
            <th scope="col" className={CELL}>{t("today")}</th>
            <th scope="col" className={CELL}>{t("target")}</th>
            <th scope="col" className={CELL}>{t("gap")}</th>
            <th scope="col" className={CELL}>{t("responses")}</th>
          </tr>
        </thead>
        <tbody>
          {content.axes.map((a) => (
            <tr key={a.id} data-testid={`outcome-row-${a.id}`}>
              <th scope="row" className={CELL}>{a.label}</th>
              <td className={CELL}>{num(baseline?.[a.id]?.median)}</td>
              <td className={CELL}>{num(target?.[a.id]?.median)}</td>
              <td className={CELL}>{num(gaps.get(a.id)?.gap)}</td>
              <td className={CELL}>{baseline?.[a.id] ? baseline[a.id]?.n : t("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
