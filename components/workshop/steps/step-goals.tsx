"use client";

import { useTranslations } from "next-intl";
import { emptyGoal, goalDimensions } from "@/lib/workshop/goals";
import { GoalCard } from "../goals/goal-card";
import { useNow } from "../use-now";
import { PriorityParts } from "./priority-parts";
import { StepPrompts } from "./step-prompts";
import type { StepProps } from "./step-props";

/** "YYYY-MM-DD" of this device's day ("" before the first client render). */
const localDay = (ms: number) => {
  if (ms === 0) return "";
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

/**
 * Step 4, Define goals: one SMART goal per confirmed priority (step 3's first-phase dimensions), co-edited live by
 * everyone in the room, each with a checklist naming what is still missing. Locked: read-only for participants.
 */
export function StepGoals({ live, content, step, editable }: StepProps) {
  const t = useTranslations("goals");
  const today = localDay(useNow(60_000, true));
  const dims = goalDimensions(content.axes.map((a) => a.id), live.decisions.byDimension);
  return (
    <div className="space-y-4" data-testid="step-goals" data-editable={editable}>
      <PriorityParts
        dims={dims}
        axes={content.axes}
        empty={t("noPriorities")}
        tabsLabel={t("parts")}
        testId="goal-tabs"
        card={(dim, label) => (
          <GoalCard goal={live.goals.goals[dim] ?? emptyGoal(dim)} dimensionLabel={label} content={content} actions={live.goals} editable={editable} today={today} />
        )}
      />
      <StepPrompts prompts={step.prompts} output={step.output} testId="goals-prompts" />
    </div>
  );
}
