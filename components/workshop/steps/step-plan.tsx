"use client";

import { useTranslations } from "next-intl";
import { emptyGoal, goalDimensions } from "@/lib/workshop/goals";
import { emptyPlan } from "@/lib/workshop/plan";
import { PlanCard } from "../plan/plan-card";
import { SectionTabs } from "../section-tabs";
import { StepPrompts } from "./step-prompts";
import type { StepProps } from "./step-props";

/**
 * Step 5, Design the action plan: per goal (one per confirmed priority) the measures with owners, contributors and
 * resources, milestones on a 30/60/90-day or quarterly scheme, and a monitoring routine, co-edited live, with a
 * check that names unowned or unresourced measures. Locked: read-only for participants.
 */
export function StepPlan({ live, content, step, editable }: StepProps) {
  const t = useTranslations("plan");
  const dims = goalDimensions(content.axes.map((a) => a.id), live.decisions.byDimension);
  const axis = (dim: string) => content.axes.find((a) => a.id === dim);
  const people = Array.from(new Set(live.people.map((p) => p.name).filter(Boolean))).sort();
  const card = (dim: string) => (
    <PlanCard
      plan={live.goals.plans[dim] ?? emptyPlan(dim)}
      goal={live.goals.goals[dim] ?? emptyGoal(dim)}
      dimensionLabel={axis(dim)?.label ?? dim}
      content={content}
      actions={live.goals}
      editable={editable}
      people={people}
    />
  );
  return (
    <div className="space-y-4" data-testid="step-plan" data-editable={editable}>
      {dims.length === 0 ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3" role="status" data-testid="no-priorities">
          {t("noGoals")}
        </p>
      ) : dims.length === 1 ? (
        card(dims[0]!)
      ) : (
        <SectionTabs label={t("parts")} testId="plan-tabs" tabs={dims.map((dim) => ({ id: dim, label: axis(dim)?.short ?? dim, render: () => card(dim) }))} />
      )}
      <StepPrompts prompts={step.prompts} output={step.output} testId="plan-prompts" />
    </div>
  );
}
