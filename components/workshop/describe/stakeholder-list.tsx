"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Stakeholder } from "@/lib/workshop/stakeholders";
import { sectorColour } from "./sector-colours";
import { StakeholderForm, type StakeholderFields } from "./stakeholder-form";

const SMALL = "min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold hover:bg-slate-100";

/** The map as a list: every stakeholder in words, with edit (anyone, unless locked) and delete (author or facilitator). */
export function StakeholderList({
  stakeholders,
  sectors,
  editingId,
  canEdit,
  canDelete,
  onEdit,
  onSave,
  onDelete,
}: {
  stakeholders: readonly Stakeholder[];
  sectors: readonly { id: string; label: string }[];
  editingId: string | null;
  canEdit: boolean;
  canDelete: (s: Stakeholder) => boolean;
  onEdit: (id: string | null) => void;
  onSave: (id: string, fields: StakeholderFields) => void;
  onDelete: (id: string) => void;
}) {
  const t = useTranslations("describe.stakeholders");
  const editRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    editRef.current?.querySelector("input")?.focus();
  }, [editingId]);
  const sectorLabel = (s: string | null) => (s ? (sectors.find((x) => x.id === s)?.label ?? s) : t("noSector"));
  if (stakeholders.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <ul className="divide-y divide-slate-200" data-testid="stakeholder-list">
      {stakeholders.map((s) =>
        s.id === editingId ? (
          <li key={s.id} ref={editRef} className="py-2">
            <StakeholderForm initial={s} sectors={sectors} submitLabel={t("save")} onSubmit={(f) => onSave(s.id, f)} onCancel={() => onEdit(null)} />
          </li>
        ) : (
          <li key={s.id} className="flex flex-wrap items-start gap-2 py-2" data-testid="stakeholder-row" data-name={s.name}>
            <span aria-hidden="true" className="mt-1.5 inline-block h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: sectorColour(s.sector) }} />
            <div className="min-w-0 flex-1">
              <p className="font-semibold">{s.name}</p>
              <p className="text-sm text-slate-700" data-testid="stakeholder-position">
                {t("position", { influence: s.influence, connection: s.connection })} · {sectorLabel(s.sector)}
              </p>
              {s.value ? <p className="text-sm">{t("valueShort", { value: s.value })}</p> : null}
            </div>
            {canEdit ? (
              <button type="button" className={SMALL} onClick={() => onEdit(s.id)} data-testid="stakeholder-edit">
                {t("edit")}
                <span className="sr-only"> {s.name}</span>
              </button>
            ) : null}
            {canEdit && canDelete(s) ? (
              <button type="button" className={SMALL} onClick={() => onDelete(s.id)} data-testid="stakeholder-delete">
                {t("delete")}
                <span className="sr-only"> {s.name}</span>
              </button>
            ) : null}
          </li>
        ),
      )}
    </ul>
  );
}
