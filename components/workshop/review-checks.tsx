"use client";

import { useTranslations } from "next-intl";
import type { ReviewCheck } from "@/lib/workshop/review";
import type { RoomContent } from "./room-content";

const ICON = { ok: "✓", attention: "!", pending: "…" } as const;
const TONE = { ok: "border-emerald-700 bg-emerald-50", attention: "border-amber-700 bg-amber-50", pending: "border-slate-400 bg-slate-50" } as const;

/** Evaluate mode: a step's question about the existing cluster, answered by checks from the room's content. */
export function ReviewChecks({ step, checks, content }: { step: number; checks: readonly ReviewCheck[]; content: RoomContent }) {
  const t = useTranslations("review");
  const label = (id: string) => content.axes.find((a) => a.id === id)?.label ?? id;
  const question = t(`questions.${step}` as "questions.1");
  return (
    <section aria-label={t("title", { question })} className="rounded-lg border border-slate-300 bg-white p-3" data-testid={`review-${step}`}>
      <h3 className="font-semibold">{t("title", { question })}</h3>
      <ul className="mt-2 space-y-1">
        {checks.map((c) => (
          <li key={c.id} className={`flex gap-2 rounded border-l-4 px-2 py-1 text-sm ${TONE[c.status]}`} data-testid={`review-check-${c.id}`} data-status={c.status}>
            <span aria-hidden="true" className="w-4 font-bold">
              {ICON[c.status]}
            </span>
            <span>
              <span className="sr-only">{t(`status.${c.status}`)}: </span>
              {t(`checks.${c.id}` as "checks.strengths", {
                dimensions: c.dimensionIds.length ? c.dimensionIds.map(label).join(", ") : t("none"),
                count: c.count ?? c.dimensionIds.length,
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
