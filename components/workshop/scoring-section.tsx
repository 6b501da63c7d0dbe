"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useId, useMemo, useState } from "react";
import { ScoreTable } from "@/components/chart/score-table";
import { SpiderChart, type ChartDrag } from "@/components/chart/spider-chart";
import { useDragGhosts, type DragGhostFeed } from "@/components/sync/use-drag-ghosts";
import { dimensionsToDiscuss } from "@/lib/chart/disagreement";
import { slugify } from "@/lib/chart/file-name";
import { SECTOR_MIN_RESPONDENTS } from "@/lib/sync/derive-results";
import type { ProfileResult } from "@/lib/sync/schema";
import type { Role } from "@/lib/validation/token";
import type { Profile, ScoreSheet, ScoreValue } from "@/lib/workshop/scores";
import { caseOverlays, individualSheets, sectorOverlays } from "./chart-overlays";
import type { RoomContent } from "./room-content";
import { useChartLabels } from "./use-chart-labels";
import { useChartSummary } from "./use-chart-summary";

/** Props of {@link ScoringSection}; everything past `onChange` is optional, so older call sites keep working. */
export interface ScoringSectionProps {
  readonly content: RoomContent;
  readonly mine: ScoreSheet;
  readonly result: ProfileResult;
  /** Absent for people who do not rate (facilitators, observers) and while the step is locked. */
  readonly onChange?: (dimensionId: string, value: ScoreValue | null) => void;
  /** Words for another profile than the baseline (e.g. the target profile of step 2). */
  readonly copy?: { title: string; hint: string; readOnlyHint: string };
  /** The profile rated here: "baseline" (step 1, the default) or "target" (step 2). */
  readonly profile?: Profile;
  /** The other profile's results: its group median is drawn for reference once revealed. */
  readonly reference?: ProfileResult;
  /** Live drags on the board (LiveWorkshop.drags): others' ghosts, and publishing mine, after the reveal. */
  readonly drags?: DragGhostFeed;
  /** Who is looking: facilitators and observers get the disagreement cue and the big-screen view. */
  readonly role?: Role;
  /** The workshop's title, for the names of downloaded files. */
  readonly workshopTitle?: string;
  /** An earlier assessment of the same cluster, drawn when given. */
  readonly earlier?: { readonly label: string; readonly values: Readonly<Record<string, number | null>> };
}

/**
 * Rating the cluster on the eight dimensions: the spider chart (or its table) under the blind rule, with the
 * group's layers once revealed, the "discuss this" cue for the facilitator, a text summary, downloads, and a
 * big-screen view for the projector.
 */
export function ScoringSection(props: ScoringSectionProps) {
  const { content, mine, result, onChange, copy, profile = "baseline", reference, drags, role = "participant" } = props;
  const t = useTranslations("room.scoring");
  const tc = useTranslations("chart");
  const locale = useLocale();
  const headingId = useId();
  const [table, setTable] = useState(false);
  const [projector, setProjector] = useState(false);
  const labels = useChartLabels(content, profile);
  const group = result.revealed ? result.dimensions : null;
  const leads = role !== "participant";
  const discuss = useMemo(() => (leads && group ? dimensionsToDiscuss(content.axes.map((a) => a.id), group) : []), [leads, group, content.axes]);
  const sectors = useMemo(() => sectorOverlays(result, content), [result, content]);
  const individuals = useMemo(() => individualSheets(result), [result]);
  const cases = useMemo(() => caseOverlays(content), [content]);
  const summary = useChartSummary(content.axes, mine, group, { rates: onChange !== undefined, respondents: result.respondents });

  const allGhosts = useDragGhosts(drags);
  const ghosts = useMemo(() => allGhosts.filter((g) => g.profile === profile), [allGhosts, profile]);
  const publish = drags?.publish;
  const onDrag = useCallback(
    (drag: ChartDrag | null) => publish?.(drag ? { dimensionId: drag.axisId, level: drag.level, profile } : null),
    [publish, profile],
  );
  const exportName = `${slugify(props.workshopTitle ?? "")}-${profile}`;

  const toggle = "min-h-11 rounded-md border border-slate-500 px-3 py-1 text-sm font-semibold";
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border border-slate-300 bg-white p-3 sm:p-4 ${projector ? "lg:col-span-2" : ""}`} data-testid={`scoring-${profile}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className={`font-bold ${projector ? "text-3xl" : "text-xl"}`}>
          {copy?.title ?? tc(`heading.${profile}`)}
        </h2>
        <div className="flex flex-wrap gap-2">
          {leads && !table && (
            <button type="button" aria-pressed={projector} onClick={() => setProjector((v) => !v)} className={toggle} data-testid="toggle-projector">
              {tc("projector")}
            </button>
          )}
          <button type="button" aria-pressed={table} onClick={() => setTable((v) => !v)} className={toggle} data-testid="toggle-table">
            {table ? t("showChart") : t("showTable")}
          </button>
        </div>
      </div>
      <p className="mt-1 text-sm text-slate-700">{onChange ? (copy?.hint ?? t("hint")) : (copy?.readOnlyHint ?? t("facilitatorHint"))}</p>
      <p className={`mt-2 font-medium ${projector ? "text-lg" : "text-sm"}`} role="status" data-testid="scoring-state">
        {result.revealed ? t("revealed") : t("blind")} {t("respondents", { count: result.respondents })}
      </p>
      <div className="mt-3">
        {table ? (
          <>
            <ScoreTable axes={content.axes} mine={mine} onChange={onChange} group={group} labels={labels.table} locale={locale} discuss={discuss} />
            <p className="sr-only" data-testid="table-summary">{summary}</p>
          </>
        ) : (
          <SpiderChart
            axes={content.axes}
            mine={mine}
            onChange={onChange}
            onDrag={result.revealed && drags && onChange ? onDrag : undefined}
            profile={profile}
            group={group}
            reference={reference?.revealed ? reference.dimensions : null}
            sectors={sectors}
            cases={cases}
            earlier={props.earlier}
            individuals={individuals}
            ghosts={drags && result.revealed ? ghosts : undefined}
            discuss={discuss}
            size={projector ? "projector" : "default"}
            exportName={exportName}
            summary={summary}
            labels={labels.chart}
          />
        )}
        {!table && leads && result.revealed && !result.individual && (
          <p className="mt-2 text-center text-xs text-slate-700" data-testid="sectors-note">
            {tc("sectorsNote", { min: SECTOR_MIN_RESPONDENTS })}
          </p>
        )}
      </div>
    </section>
  );
}
