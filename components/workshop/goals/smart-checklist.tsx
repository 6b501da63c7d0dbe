"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { SmartResult } from "@/lib/workshop/smart";
import type { RoomContent } from "../room-content";

/**
 * A goal's SMART check as a checklist: each criterion met or not, and in words what is missing. A polite live
 * region carries a one-line summary, so a screen reader hears the verdict change while the person types (the
 * summary only changes when the verdict does, not on every keystroke).
 */
export function SmartChecklist({ result, criteria, evaluate, testId }: { result: SmartResult; criteria: RoomContent["smart"]; evaluate: boolean; testId?: string }) {
  const t = useTranslations("goals.smart");
  const id = useId();
  const summary = result.met === criteria.length ? t("allMet") : t("summary", { met: result.met, total: criteria.length });
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-300 bg-slate-50 p-3" data-testid={testId ?? "smart-check"} data-met={result.met}>
      <h4 id={`${id}-title`} className="font-bold">
        {evaluate ? t("titleEvaluate") : t("title")}
      </h4>
      <p aria-live="polite" aria-atomic="true" className="mt-1 text-sm font-semibold" data-testid="smart-summary">
        {summary}
      </p>
      <ul className="mt-2 space-y-2">
        {criteria.map((c) => {
          const verdict = result.criteria.find((r) => r.id === c.id);
          const ok = verdict?.ok ?? false;
          return (
            <li key={c.id} className="flex gap-2" data-testid="smart-criterion" data-criterion={c.id} data-ok={ok}>
              <span aria-hidden="true" className={`mt-0.5 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-sm font-bold ${ok ? "bg-emerald-700 text-white" : "border-2 border-amber-700 text-amber-900"}`}>
                {ok ? "✓" : c.letter}
              </span>
              <div className="min-w-0">
                <p>
                  <span className="font-semibold">{c.label}</span>
                  <span className="sr-only">: {ok ? t("met") : t("notMet")}</span>
                  <span className="text-sm text-slate-700"> — {c.hint}</span>
                </p>
                {verdict && !ok ? (
                  <ul className="text-sm text-amber-950">
                    {verdict.issues.map((issue) => (
                      <li key={issue} data-testid="smart-issue" data-issue={issue}>
                        {t(`issues.${issue}`)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-700">{t("heuristic")}</p>
    </section>
  );
}
