"use client";

import { useTranslations } from "next-intl";
import { memo, useId, useState, type FormEvent } from "react";
import type { NoteCuration } from "@/lib/sync/schema";
import { canEditNote, groupLabelSchema, GROUP_LABEL_MAX_LENGTH, type Actor, type ArrangedColumn, type ArrangedNote } from "@/lib/workshop/notes";
import type { RoomPrompt } from "../room-content";
import { NoteCard } from "./note-card";
import { NoteForm } from "./note-form";

const SMALL = "min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold hover:bg-slate-100";
const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** The board's actions a column uses. */
export interface ColumnActions {
  addNote(promptId: string, text: string, sector: string | null): void;
  updateNote(id: string, patch: { text?: string; sector?: string | null }): void;
  deleteNote(id: string): void;
  curateNote(id: string, patch: Partial<NoteCuration>): void;
  saveNoteGroup(group: { promptId: string; label: string }): void;
  deleteNoteGroup(id: string): void;
}

/** One status-quo prompt as a column of notes: its question, its groups and notes, and a way to add a note. */
export const NoteColumn = memo(function NoteColumn({
  prompt,
  column,
  actor,
  editable,
  mySector,
  sectors,
  actions,
}: {
  prompt: RoomPrompt;
  column: ArrangedColumn;
  actor: Actor;
  /** This device may add notes and change its own (not locked, not an observer). */
  editable: boolean;
  mySector: string | null;
  sectors: readonly { id: string; label: string }[];
  actions: ColumnActions;
}) {
  const t = useTranslations("describe.notes");
  const [adding, setAdding] = useState(false);
  const [newGroup, setNewGroup] = useState<string | null>(null);
  const id = useId();
  const curate = actor.role === "facilitator";
  const groups = column.groups.map((g) => g.group);
  const roots = [...column.groups.flatMap((g) => g.notes), ...column.loose];
  const card = (a: ArrangedNote) => (
    <NoteCard
      key={a.note.id}
      arranged={a}
      can={{ edit: editable && canEditNote(a.note, actor), curate }}
      sectors={sectors}
      groups={groups}
      mergeTargets={curate ? roots.filter((r) => r.note.id !== a.note.id).map((r) => ({ id: r.note.id, text: shorten(r.note.text) })) : []}
      onUpdate={(noteId, text, sector) => actions.updateNote(noteId, { text, sector })}
      onDelete={actions.deleteNote}
      onCurate={actions.curateNote}
    />
  );
  const createGroup = (e: FormEvent) => {
    e.preventDefault();
    const label = groupLabelSchema.safeParse(newGroup ?? "");
    if (!label.success) return;
    actions.saveNoteGroup({ promptId: prompt.id, label: label.data });
    setNewGroup(null);
  };
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3" data-testid={`note-column-${prompt.id}`} data-count={column.count}>
      <h4 id={`${id}-title`} className="font-bold">
        {prompt.label} <span className="text-sm font-normal text-slate-700">({t("countNotes", { count: column.count })})</span>
      </h4>
      <p className="text-sm text-slate-700">{prompt.question}</p>
      {column.groups.map(({ group, notes }) => (
        <div key={group.id} className="rounded-md border border-dashed border-slate-400 p-2" data-testid="note-group" data-group-label={group.label}>
          <div className="flex items-center justify-between gap-2">
            <h5 className="text-sm font-semibold">{group.label}</h5>
            {curate ? (
              <button type="button" className={SMALL} onClick={() => actions.deleteNoteGroup(group.id)}>
                {t("removeGroup")}
                <span className="sr-only"> {group.label}</span>
              </button>
            ) : null}
          </div>
          <ul className="mt-1 space-y-2">{notes.map(card)}</ul>
        </div>
      ))}
      {column.loose.length > 0 ? <ul className="space-y-2">{column.loose.map(card)}</ul> : null}
      {adding ? (
        <NoteForm
          initialSector={mySector}
          sectors={sectors}
          submitLabel={t("add")}
          onSubmit={(text, sector) => {
            actions.addNote(prompt.id, text, sector);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : editable ? (
        <button type="button" className={`${SMALL} self-start`} onClick={() => setAdding(true)} data-testid="note-add">
          {t("addTo")}
          <span className="sr-only"> {prompt.label}</span>
        </button>
      ) : null}
      {curate ? (
        newGroup === null ? (
          <button type="button" className={`${SMALL} self-start`} onClick={() => setNewGroup("")} data-testid="group-new">
            {t("newGroup")}
            <span className="sr-only"> {prompt.label}</span>
          </button>
        ) : (
          <form onSubmit={createGroup} className="flex flex-wrap items-end gap-2">
            <label className="text-sm font-medium">
              {t("groupName")}
              <input
                value={newGroup}
                maxLength={GROUP_LABEL_MAX_LENGTH}
                onChange={(e) => setNewGroup(e.target.value)}
                className="mt-1 block min-h-11 rounded-md border border-slate-500 px-2"
                data-testid="group-name-input"
              />
            </label>
            <button type="submit" className={SMALL} data-testid="group-create">
              {t("createGroup")}
            </button>
            <button type="button" className={SMALL} onClick={() => setNewGroup(null)}>
              {t("cancel")}
            </button>
          </form>
        )
      ) : null}
    </section>
  );
});
