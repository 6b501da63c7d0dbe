"use client";

import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import type { LiveDecisions } from "@/components/sync/use-decisions";
import { RATIONALE_MAX, TIMEFRAME_MAX, type VoteResult } from "@/lib/sync/schema";
import { advisePriorities, RECOMMENDED_PRIORITIES, type PriorityAdvice } from "@/lib/workshop/gaps";
import type { RoomContent } from "../room-content";

const FIELD = "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-2 text-base";

/**
 * Step 3's outcome: about three priority dimensions for now, each with a short rationale, a timeframe, and
 * optionally second-phase dimensions with their own timeframe. The facilitator records what the group decides;
 * everyone sees it, with advice from the method (and, in evaluate mode, as a check of existing priorities).
 */
export function PrioritiesPanel({
  content,
  decisions,
  votes,
  isFacilitator,
}: {
  content: RoomContent;
  decisions: LiveDecisions;
  votes: VoteResult;
  isFacilitator: boolean;
}) {
  const t = useTranslations("decide.priorities");
  const id = useId();
  const ids = useMemo(() => content.axes.map((a) => a.id), [content.axes]);
  const label = (dim: string) => content.axes.find((a) => a.id === dim)?.label ?? dim;
  const advice = advisePriorities(ids, decisions.byDimension);
  const first = ids.filter((d) => decisions.byDimension[d]?.priority === "first");
  const second = ids.filter((d) => decisions.byDimension[d]?.priority === "second");
  const describe = (a: PriorityAdvice) =>
    a.kind === "none-chosen" ? t("advice.none", { count: RECOMMENDED_PRIORITIES })
    : a.kind === "too-many" ? t("advice.tooMany", { count: a.count, recommended: RECOMMENDED_PRIORITIES })
    : a.kind === "bottleneck-left-out" ? t("advice.bottleneck", { dimensions: a.dimensionIds.map(label).join(", ") })
    : t("advice.rationale", { dimensions: a.dimensionIds.map(label).join(", ") });
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="priorities-panel">
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {t("title")}
      </h3>
      <div className="rounded-md bg-slate-100 p-2" data-testid="priorities-summary">
        <p>
          <span className="font-semibold">{t("now")}</span> {first.length ? first.map(label).join(", ") : t("noneYet")}
          {decisions.phases.timeframe ? ` — ${decisions.phases.timeframe}` : ""}
        </p>
        {second.length || decisions.phases.secondPhaseTimeframe ? (
          <p>
            <span className="font-semibold">{t("later")}</span> {second.map(label).join(", ") || t("noneYet")}
            {decisions.phases.secondPhaseTimeframe ? ` — ${decisions.phases.secondPhaseTimeframe}` : ""}
          </p>
        ) : null}
      </div>
      <div role="status" className="text-sm" data-testid="priorities-advice">
        {advice.length === 0 ? (
          <p className="text-emerald-800">{t("advice.ok")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-amber-900">
            {advice.map((a) => (
              <li key={a.kind}>{describe(a)}</li>
            ))}
          </ul>
        )}
      </div>
      {isFacilitator ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="text-sm font-medium">
            {t("timeframe")}
            <input value={decisions.phases.timeframe} maxLength={TIMEFRAME_MAX} onChange={(e) => decisions.setPhases({ timeframe: e.target.value })} className={FIELD} data-testid="timeframe-input" />
          </label>
          <label className="text-sm font-medium">
            {t("secondTimeframe")}
            <input
              value={decisions.phases.secondPhaseTimeframe}
              maxLength={TIMEFRAME_MAX}
              onChange={(e) => decisions.setPhases({ secondPhaseTimeframe: e.target.value })}
              className={FIELD}
              data-testid="second-timeframe-input"
            />
          </label>
        </div>
      ) : null}
      <ul className="divide-y divide-slate-200">
        {content.axes.map((axis) => {
          const d = decisions.byDimension[axis.id];
          const tally = votes.revealed ? (votes.tally[axis.id] ?? 0) : null;
          return (
            <li key={axis.id} className="space-y-2 py-2" data-testid="priority-row" data-dimension={axis.id} data-priority={d?.priority ?? ""}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-semibold">{axis.label}</span>
                {tally !== null ? <span className="text-sm text-slate-700">{t("dots", { count: tally })}</span> : null}
              </div>
              {isFacilitator ? (
                <>
                  <label className="block text-sm font-medium">
                    {t("choice")}
                    <select
                      value={d?.priority ?? ""}
                      onChange={(e) => decisions.decide(axis.id, { priority: e.target.value === "first" || e.target.value === "second" ? e.target.value : null })}
                      className={FIELD}
                      data-testid="priority-select"
                    >
                      <option value="">{t("notChosen")}</option>
                      <option value="first">{t("first")}</option>
                      <option value="second">{t("second")}</option>
                    </select>
                  </label>
                  {d?.priority === "first" ? (
                    <label className="block text-sm font-medium">
                      {t("rationale")}
                      <textarea
                        value={d.rationale}
                        maxLength={RATIONALE_MAX}
                        rows={2}
                        onChange={(e) => decisions.decide(axis.id, { rationale: e.target.value })}
                        className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 text-base"
                        data-testid="rationale-input"
                      />
                    </label>
                  ) : null}
                </>
              ) : d?.priority ? (
                <p className="text-sm">
                  <span className="font-semibold">{d.priority === "first" ? t("first") : t("second")}</span>
                  {d.rationale && d.priority === "first" ? <span data-testid="rationale"> — {d.rationale}</span> : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
