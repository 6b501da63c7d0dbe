"use client";

import { useTranslations } from "next-intl";
import { memo, useId, useState } from "react";
import type { NoteCuration } from "@/lib/sync/schema";
import type { ArrangedNote, NoteGroup } from "@/lib/workshop/notes";
import { NoteForm } from "./note-form";

const SMALL = "min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold hover:bg-slate-100";

/** What a note card may do, decided by the board for this device. */
export interface NoteCardPermissions {
  /** Edit and delete (author or facilitator, step not locked). */
  readonly edit: boolean;
  /** Star, group and merge (facilitator). */
  readonly curate: boolean;
}

/** One note (with the notes merged into it): text, author, sector; edit/delete for its author; curation for facilitators. */
export const NoteCard = memo(function NoteCard({
  arranged,
  can,
  sectors,
  groups,
  mergeTargets,
  onUpdate,
  onDelete,
  onCurate,
}: {
  arranged: ArrangedNote;
  can: NoteCardPermissions;
  sectors: readonly { id: string; label: string }[];
  /** Groups of this note's column. */
  groups: readonly NoteGroup[];
  /** Other notes of the column this one can be merged into: id and a short text. */
  mergeTargets: readonly { id: string; text: string }[];
  onUpdate: (id: string, text: string, sector: string | null) => void;
  onDelete: (id: string) => void;
  onCurate: (id: string, patch: Partial<NoteCuration>) => void;
}) {
  const t = useTranslations("describe.notes");
  const { note, merged } = arranged;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const id = useId();
  const sectorLabel = (s: string | null) => (s ? (sectors.find((x) => x.id === s)?.label ?? s) : null);
  if (editing) {
    return (
      <li>
        <NoteForm
          initialText={note.text}
          initialSector={note.sector}
          sectors={sectors}
          submitLabel={t("save")}
          onSubmit={(text, sector) => {
            onUpdate(note.id, text, sector);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li
      className={`rounded-md border p-2 ${note.starred ? "border-amber-500 bg-amber-50" : "border-slate-300 bg-yellow-50"}`}
      data-testid="note"
      data-note-id={note.id}
      data-starred={note.starred}
    >
      <p id={`${id}-text`} className="whitespace-pre-wrap break-words" data-testid="note-text">
        {note.text}
      </p>
      <p className="mt-1 text-xs text-slate-700">
        {note.starred ? (
          <span className="mr-1 font-semibold text-amber-900">
            <span aria-hidden="true">★ </span>
            {t("starred")} ·{" "}
          </span>
        ) : null}
        {note.authorName}
        {sectorLabel(note.sector) ? ` · ${sectorLabel(note.sector)}` : ""}
      </p>
      {merged.length > 0 ? (
        <ul aria-label={t("mergedList")} className="mt-2 space-y-1 border-l-4 border-slate-300 pl-2" data-testid="merged-notes">
          {merged.map((m) => (
            <li key={m.id} className="text-sm" data-testid="merged-note" data-note-id={m.id}>
              <span className="whitespace-pre-wrap break-words">{m.text}</span> <span className="text-xs text-slate-700">— {m.authorName}</span>
              {can.curate ? (
                <button type="button" className={`${SMALL} ml-2`} aria-describedby={`${id}-text`} onClick={() => onCurate(m.id, { mergedInto: null })}>
                  {t("unmerge")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {can.edit || can.curate ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {can.curate ? (
            <button type="button" aria-pressed={note.starred} aria-describedby={`${id}-text`} className={SMALL} onClick={() => onCurate(note.id, { starred: !note.starred })} data-testid="note-star">
              {t("star")}
            </button>
          ) : null}
          {can.edit ? (
            <>
              <button type="button" aria-describedby={`${id}-text`} className={SMALL} onClick={() => setEditing(true)} data-testid="note-edit">
                {t("edit")}
              </button>
              {confirming ? (
                <button type="button" className={`${SMALL} border-red-800 text-red-800`} onClick={() => onDelete(note.id)} data-testid="note-delete-confirm">
                  {t("confirmDelete")}
                </button>
              ) : (
                <button type="button" aria-describedby={`${id}-text`} className={SMALL} onClick={() => setConfirming(true)} data-testid="note-delete">
                  {t("delete")}
                </button>
              )}
            </>
          ) : null}
        </div>
      ) : null}
      {can.curate ? (
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <label className="text-xs font-medium">
            {t("group")}
            <select
              value={note.groupId ?? ""}
              onChange={(e) => onCurate(note.id, { groupId: e.target.value || null })}
              className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-sm"
              data-testid="note-group-select"
            >
              <option value="">{t("noGroup")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
          <label className="text-xs font-medium">
            {t("mergeInto")}
            <select
              value=""
              onChange={(e) => e.target.value && onCurate(note.id, { mergedInto: e.target.value })}
              className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-sm"
              data-testid="note-merge-select"
            >
              <option value="">{t("chooseNote")}</option>
              {mergeTargets.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.text}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
    </li>
  );
});
