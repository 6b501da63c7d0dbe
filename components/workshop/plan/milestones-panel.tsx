"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { LiveGoals } from "@/components/sync/use-goals";
import { milestoneSchemeSchema, MILESTONE_SLOTS, PLAN_LIMITS, type Plan } from "@/lib/workshop/plan";
import { SyncedText } from "../goals/synced-text";
import type { RoomContent } from "../room-content";

/** A plan's milestones: the scheme (30/60/90 days or quarterly, chosen per plan) and a text per slot. */
export function MilestonesPanel({ plan, schemes, actions, editable }: { plan: Plan; schemes: RoomContent["actionPlan"]["milestoneSchemes"]; actions: LiveGoals; editable: boolean }) {
  const t = useTranslations("plan.milestones");
  const id = useId();
  const dim = plan.dimensionId;
  const current = schemes.find((s) => s.id === plan.scheme);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2" data-testid="milestones" data-scheme={plan.scheme}>
      <h4 id={`${id}-title`} className="font-bold">
        {t("title")}
      </h4>
      <fieldset>
        <legend className="text-sm font-medium">{t("scheme")}</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {schemes.map((s) => (
            <label key={s.id} className={`inline-flex min-h-11 items-center gap-2 rounded-md border px-3 ${s.id === plan.scheme ? "border-blue-800 bg-blue-50" : "border-slate-500"}`}>
              <input
                type="radio"
                name={`${id}-scheme`}
                value={s.id}
                checked={s.id === plan.scheme}
                disabled={!editable}
                onChange={() => {
                  const scheme = milestoneSchemeSchema.safeParse(s.id);
                  if (scheme.success) actions.setScheme(dim, scheme.data);
                }}
                className="h-5 w-5"
                data-testid={`scheme-${s.id}`}
              />
              {s.label}
            </label>
          ))}
        </div>
        {current ? <p className="mt-1 text-sm text-slate-700">{current.description}</p> : null}
      </fieldset>
      <ol className="grid gap-2 sm:grid-cols-2">
        {MILESTONE_SLOTS[plan.scheme].map((slot) => (
          <li key={slot}>
            <label className="block text-sm font-medium">
              {t(`slots.${slot}`)}
              <SyncedText
                multiline
                rows={2}
                value={plan.milestones[slot] ?? ""}
                maxLength={PLAN_LIMITS.milestone}
                onValue={editable ? (value) => actions.setMilestone(dim, slot, value) : undefined}
                data-testid={`milestone-${slot}`}
              />
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}
