"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { LiveGoals } from "@/components/sync/use-goals";
import { GOAL_LIMITS, type Goal, type GoalTextField } from "@/lib/workshop/goals";
import { checkSmart } from "@/lib/workshop/smart";
import type { RoomContent } from "../room-content";
import { IndicatorList } from "./indicator-list";
import { SmartChecklist } from "./smart-checklist";
import { SyncedText } from "./synced-text";

/** One priority's goal: the SMART statement, outcome and capability elements, deadline, indicators, and the live check. */
export function GoalCard({
  goal,
  dimensionLabel,
  content,
  actions,
  editable,
  today,
}: {
  goal: Goal;
  dimensionLabel: string;
  content: RoomContent;
  actions: LiveGoals;
  editable: boolean;
  /** "YYYY-MM-DD" on this device (a deadline before it is flagged as past). */
  today: string;
}) {
  const t = useTranslations("goals");
  const id = useId();
  const dim = goal.dimensionId;
  const text = (field: GoalTextField) => (
    <div>
      <label htmlFor={`${id}-${field}`} className="block font-semibold">
        {t(`fields.${field}`)}
      </label>
      <p id={`${id}-${field}-hint`} className="text-sm text-slate-700">
        {t(`fields.${field}Hint`)}
      </p>
      <SyncedText
        id={`${id}-${field}`}
        multiline
        rows={field === "statement" ? 3 : 2}
        value={goal[field]}
        maxLength={GOAL_LIMITS[field]}
        aria-describedby={`${id}-${field}-hint`}
        onValue={editable ? (value) => actions.setText(dim, field, value) : undefined}
        data-testid={`goal-${field}`}
      />
    </div>
  );
  return (
    <article aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="goal-card" data-dimension={dim}>
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {t("goalFor", { dimension: dimensionLabel })}
      </h3>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          {text("statement")}
          {text("outcome")}
          {text("capability")}
          <div>
            <label htmlFor={`${id}-deadline`} className="block font-semibold">
              {t("fields.deadline")}
            </label>
            <input
              id={`${id}-deadline`}
              type="date"
              value={goal.deadline}
              readOnly={!editable}
              onChange={(e) => editable && actions.setDeadline(dim, e.target.value)}
              className="mt-1 block min-h-11 w-full max-w-xs rounded-md border border-slate-500 bg-white px-3 py-2 text-base read-only:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700"
              data-testid="goal-deadline"
            />
          </div>
          <IndicatorList dimensionId={dim} indicators={goal.indicators} actions={actions} editable={editable} />
        </div>
        <div className="min-w-0">
          <SmartChecklist result={checkSmart(goal, today)} criteria={content.smart} evaluate={content.mode === "evaluate"} />
        </div>
      </div>
    </article>
  );
}
