"use client";

import { useTranslations } from "next-intl";
import type { LiveGoals } from "@/components/sync/use-goals";
import { Button } from "@/components/ui/button";
import { GOAL_LIMITS, type Indicator, type IndicatorFields } from "@/lib/workshop/goals";
import { SyncedText } from "./synced-text";

const FIELDS = ["name", "baseline", "target", "unit", "source"] as const satisfies readonly (keyof IndicatorFields)[];

/** A goal's indicators: what is counted, baseline → target in a unit, and where the figure comes from. */
export function IndicatorList({ dimensionId, indicators, actions, editable }: { dimensionId: string; indicators: readonly Indicator[]; actions: LiveGoals; editable: boolean }) {
  const t = useTranslations("goals.indicators");
  return (
    <fieldset className="space-y-2" data-testid="indicators">
      <legend className="font-semibold">{t("title")}</legend>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      {indicators.length === 0 ? <p className="text-sm italic text-slate-700">{t("none")}</p> : null}
      <ol className="space-y-3">
        {indicators.map((indicator, n) => (
          <li key={indicator.id} className="rounded-md border border-slate-300 p-2" data-testid="indicator" data-indicator-id={indicator.id}>
            <fieldset>
              <legend className="text-sm font-semibold">{t("legend", { n: n + 1 })}</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                {FIELDS.map((field) => (
                  <label key={field} className={`block text-sm font-medium ${field === "name" ? "sm:col-span-2" : ""}`}>
                    {t(field)}
                    <SyncedText
                      value={indicator[field]}
                      maxLength={GOAL_LIMITS.indicatorField}
                      onValue={editable ? (value) => actions.updateIndicator(indicator.id, { [field]: value }) : undefined}
                      data-testid={`indicator-${field}`}
                    />
                  </label>
                ))}
              </div>
              {editable ? (
                <Button variant="secondary" className="mt-2 text-sm" onClick={() => actions.deleteIndicator(indicator.id)} data-testid="remove-indicator">
                  {t("remove", { n: n + 1 })}
                </Button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      {editable ? (
        <Button variant="secondary" onClick={() => actions.addIndicator(dimensionId)} data-testid="add-indicator">
          {t("add")}
        </Button>
      ) : null}
    </fieldset>
  );
}
