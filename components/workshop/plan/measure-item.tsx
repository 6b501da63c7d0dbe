"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { LiveGoals } from "@/components/sync/use-goals";
import { Button } from "@/components/ui/button";
import { PLAN_LIMITS, resourceTypeSchema, type Measure } from "@/lib/workshop/plan";
import { SyncedText } from "../goals/synced-text";
import { MeasureTypeSelect } from "./measure-type-select";
import type { RoomContent } from "../room-content";

/** One measure: its kind and words, who owns it and who contributes, and the resources it needs. */
export function MeasureItem({
  measure,
  n,
  vocabulary,
  actions,
  editable,
  peopleListId,
}: {
  measure: Measure;
  n: number;
  vocabulary: RoomContent["actionPlan"];
  actions: LiveGoals;
  editable: boolean;
  /** A datalist of people in the room, offered for owner and contributors. */
  peopleListId: string;
}) {
  const t = useTranslations("plan.measures");
  const id = useId();
  const update = (patch: Parameters<LiveGoals["updateMeasure"]>[1]) => actions.updateMeasure(measure.id, patch);
  return (
    <li className="rounded-md border border-slate-300 p-2 sm:p-3" data-testid="measure" data-measure-id={measure.id} data-example={measure.exampleId ?? ""}>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("legend", { n })}</legend>
        <label className="block text-sm font-medium">
          {t("text")}
          <SyncedText value={measure.text} maxLength={PLAN_LIMITS.measure} onValue={editable ? (text) => update({ text }) : undefined} data-testid="measure-text" />
        </label>
        <div className="grid gap-2 sm:grid-cols-3">
          <label className="block text-sm font-medium">
            {t("type")}
            <MeasureTypeSelect value={measure.type} disabled={!editable} onChange={(type) => update({ type })} vocabulary={vocabulary} testId="measure-type" />
          </label>
          <label className="block text-sm font-medium">
            {t("owner")}
            <SyncedText value={measure.owner} maxLength={PLAN_LIMITS.owner} list={peopleListId} autoComplete="off" onValue={editable ? (owner) => update({ owner }) : undefined} data-testid="measure-owner" />
          </label>
          <label className="block text-sm font-medium">
            {t("contributors")}
            <SyncedText value={measure.contributors} maxLength={PLAN_LIMITS.contributors} list={peopleListId} autoComplete="off" onValue={editable ? (contributors) => update({ contributors }) : undefined} data-testid="measure-contributors" />
          </label>
        </div>
        <fieldset data-testid="measure-resources">
          <legend className="text-sm font-medium">{t("resources")}</legend>
          <ul className="mt-1 space-y-1">
            {vocabulary.resourceTypes.map((r) => {
              const type = resourceTypeSchema.safeParse(r.id);
              if (!type.success) return null;
              const note = measure.resources[type.data];
              const checked = note !== undefined;
              return (
                <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <label className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!editable}
                      onChange={(e) => actions.setResource(measure.id, type.data, e.target.checked ? "" : null)}
                      className="h-6 w-6"
                      data-testid={`resource-${r.id}`}
                    />
                    {r.label}
                  </label>
                  {checked ? (
                    <span className="min-w-0 flex-1 basis-40">
                      <label htmlFor={`${id}-${r.id}`} className="sr-only">
                        {t("resourceNote", { resource: r.label })}
                      </label>
                      <SyncedText
                        id={`${id}-${r.id}`}
                        value={note}
                        placeholder={t("resourceNotePlaceholder")}
                        maxLength={PLAN_LIMITS.resourceNote}
                        onValue={editable ? (value) => actions.setResource(measure.id, type.data, value) : undefined}
                        className="mt-0"
                        data-testid={`resource-note-${r.id}`}
                      />
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
        {editable ? (
          <Button variant="secondary" className="text-sm" onClick={() => actions.deleteMeasure(measure.id)} data-testid="remove-measure">
            {t("remove", { n })}
          </Button>
        ) : null}
      </fieldset>
    </li>
  );
}
