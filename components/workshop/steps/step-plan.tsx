"use client";

import { useTranslations } from "next-intl";
import { emptyGoal, goalDimensions } from "@/lib/workshop/goals";
import { emptyPlan } from "@/lib/workshop/plan";
import { PlanCard } from "../plan/plan-card";
import { PriorityParts } from "./priority-parts";
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
  const people = Array.from(new Set(live.people.map((p) => p.name).filter(Boolean))).sort();
  return (
    <div className="space-y-4" data-testid="step-plan" data-editable={editable}>
      <PriorityParts
        dims={dims}
        axes={content.axes}
        empty={t("noGoals")}
        tabsLabel={t("parts")}
        testId="plan-tabs"
        card={(dim, label) => (
          <PlanCard
            plan={live.goals.plans[dim] ?? emptyPlan(dim)}
            goal={live.goals.goals[dim] ?? emptyGoal(dim)}
            dimensionLabel={label}
            content={content}
            actions={live.goals}
            editable={editable}
            people={people}
          />
        )}
      />
      <StepPrompts prompts={step.prompts} output={step.output} testId="plan-prompts" />
    </div>
  );
}
