"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { LiveDecisions } from "@/components/sync/use-decisions";
import type { ProfileResult } from "@/lib/sync/schema";
import { computeGaps, type DimensionDecision } from "@/lib/workshop/gaps";
import type { RoomContent } from "../room-content";

const TAGS = ["bottleneck", "leverage", "feasible"] as const;
const SMALL = "min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold hover:bg-slate-100";
const PRESSED = "border-blue-800 bg-blue-100 text-blue-950";

/**
 * Step 3's gap view: target median − baseline median per dimension, largest first, with how much people disagreed
 * (the interquartile range of each profile). Shown once both profiles are revealed. The facilitator tags dimensions
 * as bottleneck, leverage point or feasible while the group discusses.
 */
export function GapView({
  content,
  baseline,
  target,
  decisions,
  isFacilitator,
}: {
  content: RoomContent;
  baseline: ProfileResult;
  target: ProfileResult;
  decisions: LiveDecisions;
  isFacilitator: boolean;
}) {
  const t = useTranslations("decide.gaps");
  const locale = useLocale();
  const number = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const signed = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" }), [locale]);
  const ids = useMemo(() => content.axes.map((a) => a.id), [content.axes]);
  const rows = useMemo(
    () => (baseline.revealed && target.revealed ? computeGaps(ids, baseline.dimensions, target.dimensions) : null),
    [ids, baseline, target],
  );
  const fmt = (v: number | null) => (v === null ? "—" : number.format(v));
  const label = (id: string) => content.axes.find((a) => a.id === id)?.label ?? id;
  return (
    <section aria-labelledby="gaps-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="gap-view">
      <h3 id="gaps-title" className="text-lg font-bold">
        {t("title")}
      </h3>
      {!rows ? (
        <p role="status" className="text-sm" data-testid="gaps-hidden">
          {t(isFacilitator ? "hiddenFacilitator" : "hidden")}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("hint")}</p>
          <ol className="space-y-3">
            {rows.map((row) => {
              const d: Partial<DimensionDecision> = decisions.byDimension[row.dimensionId] ?? {};
              const width = row.gap === null ? 0 : Math.max(0, Math.min(1, row.gap / 4));
              return (
                <li key={row.dimensionId} className="rounded-md border border-slate-300 p-2" data-testid="gap-row" data-dimension={row.dimensionId} data-gap={row.gap ?? ""}>
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-semibold">{label(row.dimensionId)}</span>
                    <span className="text-sm" data-testid="gap-values">
                      {t("values", { baseline: fmt(row.baseline), target: fmt(row.target), gap: row.gap === null ? "—" : signed.format(row.gap) })}
                    </span>
                  </div>
                  <div aria-hidden="true" className="mt-1 h-3 w-full rounded bg-slate-100">
                    <div className="h-3 rounded bg-blue-700" style={{ width: `${width * 100}%` }} />
                  </div>
                  <p className="mt-1 text-xs text-slate-700">{t("spread", { baseline: fmt(row.baselineSpread), target: fmt(row.targetSpread) })}</p>
                  <div className="mt-2 flex flex-wrap gap-2">
                    {TAGS.map((tag) =>
                      isFacilitator ? (
                        <button
                          key={tag}
                          type="button"
                          aria-pressed={Boolean(d[tag])}
                          className={`${SMALL} ${d[tag] ? PRESSED : ""}`}
                          onClick={() => decisions.decide(row.dimensionId, { [tag]: !d[tag] })}
                          data-testid={`tag-${tag}`}
                        >
                          {t(`tags.${tag}`)}
                          <span className="sr-only">: {label(row.dimensionId)}</span>
                        </button>
                      ) : d[tag] ? (
                        <span key={tag} className="rounded bg-blue-800 px-2 py-0.5 text-xs font-semibold text-white" data-testid={`tagged-${tag}`}>
                          {t(`tags.${tag}`)}
                        </span>
                      ) : null,
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
