"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { LiveBoard } from "@/components/sync/use-board";
import type { Actor } from "@/lib/workshop/notes";
import type { GridPosition } from "@/lib/workshop/stakeholders";
import { sectorColour } from "./sector-colours";
import { StakeholderForm } from "./stakeholder-form";
import { StakeholderList } from "./stakeholder-list";
import { StakeholderMap } from "./stakeholder-map";

/** Step 1's ecosystem and stakeholder map: add stakeholders, place them on the grid, and the same as a list. */
export function StakeholdersPanel({
  board,
  actor,
  editable,
  sectors,
}: {
  board: LiveBoard;
  actor: Actor;
  editable: boolean;
  sectors: readonly { id: string; label: string }[];
}) {
  const t = useTranslations("describe.stakeholders");
  const [editingId, setEditingId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { updateStakeholder } = board;
  const move = useCallback((id: string, to: GridPosition) => updateStakeholder(id, to), [updateStakeholder]);
  return (
    <div className="space-y-4" data-testid="stakeholders-panel">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="stakeholder-map-title" className="rounded-lg border border-slate-300 bg-white p-3">
          <h3 id="stakeholder-map-title" className="font-bold">
            {t("mapTitle")}
          </h3>
          <StakeholderMap stakeholders={board.stakeholders} editable={editable} onMove={move} onActivate={setEditingId} />
          <ul aria-label={t("legend")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {sectors.map((s) => (
              <li key={s.id} className="flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: sectorColour(s.id) }} />
                {s.label}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="stakeholder-list-title" className="rounded-lg border border-slate-300 bg-white p-3">
          <h3 id="stakeholder-list-title" className="font-bold">
            {t("listTitle", { count: board.stakeholders.length })}
          </h3>
          {editable ? (
            adding ? (
              <div className="my-2 rounded-md border border-blue-300 bg-blue-50 p-2">
                <h4 className="mb-1 font-semibold">{t("addTitle")}</h4>
                <StakeholderForm sectors={sectors} submitLabel={t("add")} onSubmit={(f) => board.addStakeholder(f)} onCancel={() => setAdding(false)} />
              </div>
            ) : (
              <button type="button" className="my-2 min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white" onClick={() => setAdding(true)} data-testid="stakeholder-add-open">
                {t("addTitle")}
              </button>
            )
          ) : null}
          <StakeholderList
            stakeholders={board.stakeholders}
            sectors={sectors}
            editingId={editingId}
            canEdit={editable}
            canDelete={(s) => actor.role === "facilitator" || s.authorId === actor.id}
            onEdit={setEditingId}
            onSave={(id, f) => {
              board.updateStakeholder(id, f);
              setEditingId(null);
            }}
            onDelete={board.deleteStakeholder}
          />
        </section>
      </div>
    </div>
  );
}
