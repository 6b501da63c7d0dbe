"use client";

import { useTranslations } from "next-intl";
import { emptyGoal, goalDimensions } from "@/lib/workshop/goals";
import { GoalCard } from "../goals/goal-card";
import { SectionTabs } from "../section-tabs";
import { useNow } from "../use-now";
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
  const axis = (dim: string) => content.axes.find((a) => a.id === dim);
  const card = (dim: string) => (
    <GoalCard
      goal={live.goals.goals[dim] ?? emptyGoal(dim)}
      dimensionLabel={axis(dim)?.label ?? dim}
      content={content}
      actions={live.goals}
      editable={editable}
      today={today}
    />
  );
  return (
    <div className="space-y-4" data-testid="step-goals" data-editable={editable}>
      {dims.length === 0 ? (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3" role="status" data-testid="no-priorities">
          {t("noPriorities")}
        </p>
      ) : dims.length === 1 ? (
        card(dims[0]!)
      ) : (
        <SectionTabs label={t("parts")} testId="goal-tabs" tabs={dims.map((dim) => ({ id: dim, label: axis(dim)?.short ?? dim, render: () => card(dim) }))} />
      )}
      <StepPrompts prompts={step.prompts} output={step.output} testId="goals-prompts" />
    </div>
  );
}
