"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { LiveGoals } from "@/components/sync/use-goals";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import type { Goal } from "@/lib/workshop/goals";
import { checkPlan, exampleMeasureId, PLAN_LIMITS, type MeasureType, type Plan, type PlanGap } from "@/lib/workshop/plan";
import { SyncedText } from "../goals/synced-text";
import type { RoomContent } from "../room-content";
import { MeasureItem } from "./measure-item";
import { MeasureTypeSelect } from "./measure-type-select";
import { MilestonesPanel } from "./milestones-panel";

const SELECT = "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-2 text-base";

/** One goal's action plan: measures (with one-tap starters from the seed), milestones, monitoring, and the plan check. */
export function PlanCard({
  plan,
  goal,
  dimensionLabel,
  content,
  actions,
  editable,
  people,
}: {
  plan: Plan;
  goal: Goal;
  dimensionLabel: string;
  content: RoomContent;
  actions: LiveGoals;
  editable: boolean;
  /** Names of the people in the room, offered for owners and contributors. */
  people: readonly string[];
}) {
  const t = useTranslations("plan");
  const id = useId();
  const dim = plan.dimensionId;
  const vocabulary = content.actionPlan;
  const [type, setType] = useState<MeasureType>("activities");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t("measures.empty"));
    actions.addMeasure(dim, type, text.trim());
    setText("");
    setError(null);
  };
  const numberOf = (measureId: string) => plan.measures.findIndex((m) => m.id === measureId) + 1;
  const describe = (gap: PlanGap) =>
    gap.kind === "no-owner" || gap.kind === "no-resources" ? t(`check.${gap.kind}`, { measures: gap.measureIds.map(numberOf).join(", ") }) : t(`check.${gap.kind}`);
  const gaps = checkPlan(plan);
  const starters = vocabulary.examples.filter((ex) => !plan.measures.some((m) => m.id === exampleMeasureId(dim, ex.id)));
  return (
    <article aria-labelledby={`${id}-title`} className="space-y-4 rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="plan-card" data-dimension={dim}>
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {t("planFor", { dimension: dimensionLabel })}
      </h3>
      <p className="rounded-md bg-slate-100 p-2 text-sm" data-testid="plan-goal">
        <span className="font-semibold">{t("goal")}</span> {goal.statement.trim() || t("noStatement")}
      </p>
      <datalist id={`${id}-people`}>
        {people.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      <section aria-labelledby={`${id}-measures`} className="space-y-2">
        <h4 id={`${id}-measures`} className="font-bold">
          {t("measures.title")}
        </h4>
        {plan.measures.length === 0 ? <p className="text-sm italic text-slate-700">{t("measures.none")}</p> : null}
        <ol className="space-y-3">
          {plan.measures.map((m, i) => (
            <MeasureItem key={m.id} measure={m} n={i + 1} vocabulary={vocabulary} actions={actions} editable={editable} peopleListId={`${id}-people`} />
          ))}
        </ol>
        {editable && starters.length ? (
          <div data-testid="starters">
            <p className="text-sm font-medium">{t("measures.starters")}</p>
            <ul className="mt-1 flex flex-wrap gap-2">
              {starters.map((ex) => (
                <li key={ex.id}>
                  <Button variant="secondary" className="text-left text-sm" onClick={() => actions.addExample(dim, ex.id, ex.text)} data-testid={`starter-${ex.id}`}>
                    <span aria-hidden="true">+</span> {ex.text}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {editable ? (
          <form onSubmit={add} className="space-y-2 rounded-md border border-dashed border-slate-500 p-2" data-testid="add-measure-form">
            <div className="grid gap-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
              <label className="block text-sm font-medium">
                {t("measures.type")}
                <MeasureTypeSelect value={type} onChange={setType} vocabulary={vocabulary} testId="new-measure-type" />
              </label>
              <label className="block text-sm font-medium">
                {t("measures.newText")}
                <input
                  value={text}
                  maxLength={PLAN_LIMITS.measure}
                  onChange={(e) => setText(e.target.value)}
                  aria-describedby={`${id}-new-hint`}
                  className={`${SELECT} px-3`}
                  data-testid="new-measure-text"
                />
              </label>
            </div>
            <p id={`${id}-new-hint`} className="text-sm text-slate-700">
              {t("measures.newHint")}
            </p>
            <FormError message={error} />
            <Button type="submit" data-testid="add-measure">
              {t("measures.add")}
            </Button>
          </form>
        ) : null}
      </section>

      <MilestonesPanel plan={plan} schemes={vocabulary.milestoneSchemes} actions={actions} editable={editable} />

      <div>
        <label htmlFor={`${id}-monitoring`} className="block font-bold">
          {t("monitoring.title")}
        </label>
        <p id={`${id}-monitoring-hint`} className="text-sm text-slate-700">
          {t("monitoring.hint")}
        </p>
        <SyncedText
          id={`${id}-monitoring`}
          multiline
          rows={2}
          value={plan.monitoring}
          maxLength={PLAN_LIMITS.monitoring}
          aria-describedby={`${id}-monitoring-hint`}
          onValue={editable ? (value) => actions.setMonitoring(dim, value) : undefined}
          data-testid="plan-monitoring"
        />
      </div>

      <section aria-labelledby={`${id}-check`} className="rounded-lg border border-slate-300 bg-slate-50 p-3" data-testid="plan-check" data-gaps={gaps.length}>
        <h4 id={`${id}-check`} className="font-bold">
          {content.mode === "evaluate" ? t("check.titleEvaluate") : t("check.title")}
        </h4>
        <div aria-live="polite" aria-atomic="true" className="mt-1 text-sm">
          {gaps.length === 0 ? (
            <p className="font-semibold text-emerald-800">{t("check.ok")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5 text-amber-950">
              {gaps.map((g) => (
                <li key={g.kind} data-testid="plan-gap" data-gap={g.kind}>
                  {describe(g)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </article>
  );
}
