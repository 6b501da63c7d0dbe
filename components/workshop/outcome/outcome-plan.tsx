"use client";

import { useTranslations } from "next-intl";
import type { LiveWorkshop } from "@/components/sync/use-workshop";
import { isGoalStarted } from "@/lib/workshop/goals";
import { MILESTONE_SLOTS, type Plan } from "@/lib/workshop/plan";
import type { RoomContent } from "../room-content";

/** Cells wrap anywhere (long words, URLs in a source) so a five-column table fits a 360 px phone without sideways scrolling. */
const CELL = "border border-slate-400 px-1 py-1 text-left align-top [overflow-wrap:anywhere] hyphens-auto sm:px-2";

/** The dimensions that have a goal or a plan: the confirmed priorities first, then anything else somebody started. */
function planDimensions(live: LiveWorkshop, content: RoomContent): string[] {
  const ids = content.axes.map((a) => a.id);
  const first = ids.filter((id) => live.decisions.byDimension[id]?.priority === "first");
  const started = (id: string) => {
    const goal = live.goals.goals[id];
    const plan = live.goals.plans[id];
    return (goal && isGoalStarted(goal)) || (plan && (plan.measures.length > 0 || plan.monitoring !== "" || Object.keys(plan.milestones).length > 0));
  };
  return [...first.filter(started), ...first.filter((id) => !started(id)), ...ids.filter((id) => !first.includes(id) && started(id))].filter(started);
}

/** Steps 4 and 5's outcome: per dimension the SMART goal with its indicators, then the plan's measures and milestones. */
export function OutcomeGoals({ live, content }: { live: LiveWorkshop; content: RoomContent }) {
  const t = useTranslations("outcome.goals");
  const dims = planDimensions(live, content).filter((id) => live.goals.goals[id] && isGoalStarted(live.goals.goals[id]));
  if (dims.length === 0) return <p data-testid="outcome-goals">{t("none")}</p>;
  return (
    <div className="space-y-4" data-testid="outcome-goals">
      {dims.map((id) => {
        const goal = live.goals.goals[id];
        if (!goal) return null;
        return (
          <article key={id} className="outcome-keep space-y-1" data-testid={`outcome-goal-${id}`}>
            <h3 className="font-semibold">{content.axes.find((a) => a.id === id)?.label ?? id}</h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              {(["statement", "outcome", "capability", "deadline"] as const).map((f) =>
                goal[f] ? (
                  <div key={f} className="contents">
                    <dt className="font-medium">{t(f)}</dt>
                    <dd>{goal[f]}</dd>
                  </div>
                ) : null,
              )}
            </dl>
            {goal.indicators.length ? (
              <table className="w-full border-collapse text-sm">
                <caption className="text-left font-medium">{t("indicators")}</caption>
                <thead>
                  <tr>
                    {(["indicator", "baseline", "target", "unit", "source"] as const).map((c) => (
                      <th key={c} scope="col" className={CELL}>{t(c)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {goal.indicators.map((i) => (
                    <tr key={i.id}>
                      <th scope="row" className={CELL}>{i.name}</th>
                      <td className={CELL}>{i.baseline}</td>
                      <td className={CELL}>{i.target}</td>
                      <td className={CELL}>{i.unit}</td>
                      <td className={CELL}>{i.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </article>
        );
      })}
    </div>
  );
}

/** Step 5's outcome: each plan's measures (owner, contributors, resources), milestones and monitoring routine. */
export function OutcomePlans({ live, content }: { live: LiveWorkshop; content: RoomContent }) {
  const t = useTranslations("outcome.plan");
  const tm = useTranslations("plan.milestones.slots");
  const resource = (id: string) => content.actionPlan.resourceTypes.find((r) => r.id === id)?.label ?? id;
  const plans = planDimensions(live, content)
    .map((id) => live.goals.plans[id])
    .filter((p): p is Plan => p !== undefined && (p.measures.length > 0 || p.monitoring !== "" || Object.keys(p.milestones).length > 0));
  if (plans.length === 0) return <p data-testid="outcome-plans">{t("none")}</p>;
  return (
    <div className="space-y-4" data-testid="outcome-plans">
      {plans.map((plan) => (
        <article key={plan.dimensionId} className="space-y-1" data-testid={`outcome-plan-${plan.dimensionId}`}>
          <h3 className="font-semibold">{content.axes.find((a) => a.id === plan.dimensionId)?.label ?? plan.dimensionId}</h3>
          {plan.measures.length ? (
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>
                  {(["measure", "owner", "contributors", "resources"] as const).map((c) => (
                    <th key={c} scope="col" className={CELL}>{t(c)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.measures.map((m) => (
                  <tr key={m.id}>
                    <th scope="row" className={CELL}>{m.text}</th>
                    <td className={CELL}>{m.owner}</td>
                    <td className={CELL}>{m.contributors}</td>
                    <td className={CELL}>
                      {Object.entries(m.resources)
                        .map(([r, note]) => (note ? `${resource(r)}: ${note}` : resource(r)))
                        .join("; ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {MILESTONE_SLOTS[plan.scheme].some((s) => plan.milestones[s]) ? (
            <>
              <h4 className="text-sm font-medium">{t("milestones")}</h4>
              <ul className="list-disc pl-6 text-sm">
                {MILESTONE_SLOTS[plan.scheme].map((s) => (plan.milestones[s] ? <li key={s}>{tm(s)}: {plan.milestones[s]}</li> : null))}
              </ul>
            </>
          ) : null}
          {plan.monitoring ? (
            <p className="text-sm">
              <span className="font-medium">{t("monitoring")}:</span> {plan.monitoring}
            </p>
          ) : null}
        </article>
      ))}
    </div>
  );
}
