import { z } from "zod";

/** The longest status-quo note: a sticky note, not an essay. */
export const NOTE_MAX_LENGTH = 280;
/** The longest label of a facilitator's note group. */
export const GROUP_LABEL_MAX_LENGTH = 60;

/** What a person types into a note: trimmed, not empty, at most {@link NOTE_MAX_LENGTH} characters. */
export const noteTextSchema = z.string().trim().min(1).max(NOTE_MAX_LENGTH);
/** A group label as typed: trimmed, not empty. */
export const groupLabelSchema = z.string().trim().min(1).max(GROUP_LABEL_MAX_LENGTH);

/** A short note answering one status-quo prompt of step 1. `authorId` is the writer's participant (or user) id. */
export interface Note {
  readonly id: string;
  readonly promptId: string;
  readonly text: string;
  readonly sector: string | null;
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: number;
  /** Facilitator: highlighted as important. */
  readonly starred: boolean;
  /** Facilitator: the group (within the same prompt) the note belongs to. */
  readonly groupId: string | null;
  /** Facilitator: the note this one was merged into (shown beneath it; undoable). */
  readonly mergedInto: string | null;
}

/** A facilitator's named cluster of notes within one prompt's column. */
export interface NoteGroup {
  readonly id: string;
  readonly promptId: string;
  readonly label: string;
  readonly createdAt: number;
}

/** A note as shown: a root note and the notes merged into it (directly or through others), oldest first. */
export interface ArrangedNote {
  readonly note: Note;
  readonly merged: readonly Note[];
}

/** One prompt's column: its groups (with their notes, possibly none) and the notes in no group. */
export interface ArrangedColumn {
  readonly groups: readonly { readonly group: NoteGroup; readonly notes: readonly ArrangedNote[] }[];
  readonly loose: readonly ArrangedNote[];
  /** Every note of the column, merged ones included. */
  readonly count: number;
}

/** Who is acting: their id (participant or user) and role. */
export interface Actor {
  readonly id: string;
  readonly role: "facilitator" | "participant" | "observer";
}

const byAge = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The note a note is shown under: follows `mergedInto` within the same prompt. A merge target that is missing or
 * in another column is ignored. Concurrent merges can form a cycle (A→B and B→A); every replica breaks it the same
 * way: the oldest note of the cycle (then the smallest id) is the root.
 */
export function rootOf(note: Note, byId: ReadonlyMap<string, Note>): Note {
  const path: Note[] = [note];
  let current = note;
  for (;;) {
    const next = current.mergedInto === null ? undefined : byId.get(current.mergedInto);
    if (!next || next.promptId !== note.promptId) return current;
    const seen = path.indexOf(next);
    if (seen >= 0) return [...path.slice(seen)].sort(byAge)[0] ?? next;
    path.push(next);
    current = next;
  }
}

/** Arranges notes into columns by prompt: groups (oldest first) with their root notes, then the rest; oldest first. */
export function arrangeNotes(
  notes: readonly Note[],
  groups: readonly NoteGroup[],
  promptIds: readonly string[],
): Record<string, ArrangedColumn> {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const merged = new Map<string, Note[]>();
  const roots: Note[] = [];
  for (const note of [...notes].sort(byAge)) {
    const root = rootOf(note, byId);
    if (root === note) roots.push(note);
    else merged.set(root.id, [...(merged.get(root.id) ?? []), note]);
  }
  const out: Record<string, ArrangedColumn> = {};
  for (const promptId of promptIds) {
    const columnGroups = groups.filter((g) => g.promptId === promptId).sort(byAge);
    const known = new Set(columnGroups.map((g) => g.id));
    const arranged = roots
      .filter((n) => n.promptId === promptId)
      .map((note) => ({ note, merged: merged.get(note.id) ?? [] }));
    out[promptId] = {
      groups: columnGroups.map((group) => ({ group, notes: arranged.filter((a) => a.note.groupId === group.id) })),
      loose: arranged.filter((a) => a.note.groupId === null || !known.has(a.note.groupId)),
      count: notes.filter((n) => n.promptId === promptId).length,
    };
  }
  return out;
}

/**
 * Whether an actor may change or delete a note: its author, or a facilitator. The UI enforces this; the board's
 * document-level rights cannot (docs/decisions/006-step-locks-and-note-ownership.md).
 */
export function canEditNote(note: Pick<Note, "authorId">, actor: Actor): boolean {
  return actor.role === "facilitator" || (actor.role === "participant" && note.authorId === actor.id);
}
