"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { SpiderChartLabels } from "@/components/chart/spider-chart";
import type { ScoreTableLabels } from "@/components/chart/score-table";
import type { Profile } from "@/lib/workshop/scores";
import type { RoomContent } from "./room-content";

/** Every word of the spider chart and its table for one profile, in the person's language (stable per locale). */
export function useChartLabels(content: Pick<RoomContent, "notAssessed" | "levelNames">, profile: Profile): {
  chart: SpiderChartLabels;
  table: ScoreTableLabels;
} {
  const t = useTranslations("chart");
  const tc = useTranslations("room.chart");
  const other: Profile = profile === "baseline" ? "target" : "baseline";
  return useMemo(() => {
    const chart: SpiderChartLabels = {
      title: t(`title.${profile}`),
      mine: tc("mine"),
      median: t(`median.${profile}`),
      spread: tc("spread"),
      range: t("range"),
      reference: t(`reference.${other}`),
      sectors: t("sectors"),
      cases: t("cases"),
      illustrative: t("illustrative"),
      individuals: t("individuals"),
      ghosts: t("ghosts"),
      legend: t("legend"),
      discuss: t("discuss"),
      notAssessed: content.notAssessed,
      notRated: tc("notRated"),
      markNotAssessed: t("markNotAssessed"),
      pickAxis: t("pickAxis"),
      downloadSvg: t("downloadSvg"),
      downloadPng: t("downloadPng"),
      levelNames: content.levelNames,
    };
    const table: ScoreTableLabels = {
      caption: tc("tableCaption"),
      dimension: tc("dimension"),
      mine: tc("yourScore"),
      median: tc("groupMedian"),
      spread: tc("range"),
      responses: tc("responses"),
      notAssessed: content.notAssessed,
      notRated: tc("notRated"),
      levelNames: content.levelNames,
      hidden: tc("hidden"),
      discuss: t("discussColumn"),
    };
    return { chart, table };
  }, [t, tc, profile, other, content.notAssessed, content.levelNames]);
}
