"use client";

import { useTranslations } from "next-intl";
import type { RoomPrompt } from "../room-content";

/** A step's guiding questions, for discussion (and the expected output), as a plain list. */
export function StepPrompts({ prompts, output, testId }: { prompts: readonly RoomPrompt[]; output?: string; testId?: string }) {
  const t = useTranslations("steps");
  return (
    <section aria-labelledby={`${testId ?? "prompts"}-title`} className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid={testId}>
      <h3 id={`${testId ?? "prompts"}-title`} className="font-bold">
        {t("questions")}
      </h3>
      <ul className="mt-2 space-y-2">
        {prompts.map((p) => (
          <li key={p.id}>
            <span className="font-semibold">{p.label}: </span>
            {p.question}
          </li>
        ))}
      </ul>
      {output ? (
        <p className="mt-3 text-sm text-slate-700">
          <span className="font-semibold">{t("output")}</span> {output}
        </p>
      ) : null}
    </section>
  );
}
