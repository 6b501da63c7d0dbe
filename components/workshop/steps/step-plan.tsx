"use client";

import { useTranslations } from "next-intl";
import { StepPrompts } from "./step-prompts";
import type { StepProps } from "./step-props";

/**
 * Step 5, Design the action plan. For now the step's guiding questions and expected output frame the discussion;
 * measures with owners, milestones and resources are a later piece of work (issue 5).
 */
export function StepPlan({ step }: StepProps) {
  const t = useTranslations("steps");
  return (
    <div className="space-y-3" data-testid="step-plan">
      <p className="text-sm text-slate-700">{t("discussionOnly")}</p>
      <StepPrompts prompts={step.prompts} output={step.output} testId="plan-prompts" />
    </div>
  );
}
