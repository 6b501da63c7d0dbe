"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ScoreTable } from "@/components/chart/score-table";
import { SpiderChart } from "@/components/chart/spider-chart";
import type { ProfileResult } from "@/lib/sync/schema";
import type { ScoreSheet, ScoreValue } from "@/lib/workshop/scores";
import type { RoomContent } from "./room-content";

/** Rating the cluster on the eight dimensions: the spider chart (or its table), under the blind rule. */
export function ScoringSection({
  content,
  mine,
  result,
  onChange,
}: {
  content: RoomContent;
  mine: ScoreSheet;
  result: ProfileResult;
  /** Absent for people who do not rate (facilitators, observers). */
  onChange?: (dimensionId: string, value: ScoreValue | null) => void;
}) {
  const t = useTranslations("room.scoring");
  const tc = useTranslations("room.chart");
  const locale = useLocale();
  const [table, setTable] = useState(false);
  const group = result.revealed ? result.dimensions : null;
  const chartLabels = {
    title: tc("title"),
    mine: tc("mine"),
    median: tc("median"),
    spread: tc("spread"),
    notAssessed: content.notAssessed,
    notRated: tc("notRated"),
    levelNames: content.levelNames,
  };
  const tableLabels = {
    ...chartLabels,
    caption: tc("tableCaption"),
    dimension: tc("dimension"),
    mine: tc("yourScore"),
    median: tc("groupMedian"),
    spread: tc("range"),
    responses: tc("responses"),
    hidden: tc("hidden"),
  };
  return (
    <section aria-labelledby="scoring-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="scoring-title" className="text-xl font-bold">
          {t("title")}
        </h2>
        <button
          type="button"
          aria-pressed={table}
          onClick={() => setTable((v) => !v)}
          className="min-h-11 rounded-md border border-slate-500 px-3 py-1 text-sm font-semibold"
          data-testid="toggle-table"
        >
          {table ? t("showChart") : t("showTable")}
        </button>
      </div>
      <p className="mt-1 text-sm text-slate-700">{onChange ? t("hint") : t("facilitatorHint")}</p>
      <p className="mt-2 text-sm font-medium" role="status" data-testid="scoring-state">
        {result.revealed ? t("revealed") : t("blind")} {t("respondents", { count: result.respondents })}
      </p>
      <div className="mt-3">
        {table ? (
          <ScoreTable axes={content.axes} mine={mine} onChange={onChange} group={group} labels={tableLabels} locale={locale} />
        ) : (
          <SpiderChart axes={content.axes} mine={mine} onChange={onChange} group={group} labels={chartLabels} />
        )}
      </div>
    </section>
  );
}
