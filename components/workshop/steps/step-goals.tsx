"use client";

import { useTranslations } from "next-intl";
import { StepPrompts } from "./step-prompts";
import type { StepProps } from "./step-props";

/**
 * Step 4, Define goals. For now the step's guiding questions and expected output frame the discussion; the
 * per-dimension goal editor with the SMART check is a later piece of work (issue 5).
 */
export function StepGoals({ step }: StepProps) {
  const t = useTranslations("steps");
  return (
    <div className="space-y-3" data-testid="step-goals">
      <p className="text-sm text-slate-700">{t("discussionOnly")}</p>
      <StepPrompts prompts={step.prompts} output={step.output} testId="goals-prompts" />
    </div>
  );
}
