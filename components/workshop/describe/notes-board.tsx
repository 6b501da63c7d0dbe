"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { arrangeNotes, type Actor, type Note, type NoteGroup } from "@/lib/workshop/notes";
import type { RoomPrompt } from "../room-content";
import { NoteColumn, type ColumnActions } from "./note-column";

/**
 * Step 1's status quo: one column of short notes per prompt, internal resources first, then the external
 * environment. Everyone adds notes from their phone; authors edit their own; the facilitator stars, groups and merges.
 */
export function NotesBoard({
  prompts,
  notes,
  groups,
  actor,
  editable,
  mySector,
  sectors,
  actions,
}: {
  prompts: readonly RoomPrompt[];
  notes: readonly Note[];
  groups: readonly NoteGroup[];
  actor: Actor;
  editable: boolean;
  mySector: string | null;
  sectors: readonly { id: string; label: string }[];
  actions: ColumnActions;
}) {
  const t = useTranslations("describe.notes");
  const promptIds = useMemo(() => prompts.map((p) => p.id), [prompts]);
  const columns = useMemo(() => arrangeNotes(notes, groups, promptIds), [notes, groups, promptIds]);
  const parts = [
    { key: "internal", title: t("internal") },
    { key: "external", title: t("external") },
  ];
  return (
    <div className="space-y-4" data-testid="notes-board">
      <p className="text-sm text-slate-700">{actor.role === "facilitator" ? t("hintFacilitator") : t("hint")}</p>
      {parts.map((part) => (
        <section key={part.key} aria-labelledby={`notes-${part.key}`}>
          <h3 id={`notes-${part.key}`} className="mb-2 text-lg font-bold">
            {part.title}
          </h3>
          <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {prompts
              .filter((p) => p.group === part.key)
              .map((p) => {
                const column = columns[p.id];
                return column ? (
                  <NoteColumn key={p.id} prompt={p} column={column} actor={actor} editable={editable} mySector={mySector} sectors={sectors} actions={actions} />
                ) : null;
              })}
          </div>
        </section>
      ))}
    </div>
  );
}
