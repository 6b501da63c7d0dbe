"use client";

import { useCallback, useMemo } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import {
  addFactor,
  addNote,
  addStakeholder,
  addSuggestedFactor,
  curateNote,
  deleteFactor,
  deleteNote,
  deleteNoteGroup,
  deleteStakeholder,
  flagFactor,
  goodFragment,
  NO_CURATION,
  readAddedFactors,
  readBoardNotes,
  readFactorFlags,
  readNoteCuration,
  readNoteGroups,
  readStakeholders,
  saveNoteGroup,
  updateNote,
  updateStakeholder,
  type FactorFlags,
  type NoteCuration,
  type StakeholderPatch,
} from "@/lib/sync/schema";
import { newId } from "@/lib/validation/ids";
import type { Note, NoteGroup } from "@/lib/workshop/notes";
import type { Stakeholder } from "@/lib/workshop/stakeholders";
import type { AddedFactor, SuggestionId } from "@/lib/workshop/success-factors";
import { useDocValue } from "./use-doc-value";
import { useStableValue } from "./use-stable-value";

/** Who writes: their id (participant or user) and display name. */
export interface Author {
  readonly id: string;
  readonly name: string;
}

/** A Tiptap binding (fragment + the provider whose awareness carries carets), handed straight to components/editor. */
export interface FragmentBinding {
  readonly fragment: Y.XmlFragment;
  readonly provider: WebsocketProvider;
}

/** The board's co-created content as plain values, and the named actions on it. */
export interface LiveBoard {
  /** Status-quo notes with the facilitator's curation applied, oldest first. */
  readonly notes: readonly Note[];
  readonly noteGroups: readonly NoteGroup[];
  readonly stakeholders: readonly Stakeholder[];
  readonly addedFactors: readonly AddedFactor[];
  readonly factorFlags: Readonly<Record<string, FactorFlags>>;
  /** Step 2's "what good looks like" editor binding for one dimension. */
  goodBinding(dimensionId: string): FragmentBinding | null;
  addNote(promptId: string, text: string, sector: string | null): void;
  updateNote(id: string, patch: { text?: string; sector?: string | null }): void;
  deleteNote(id: string): void;
  addStakeholder(s: Pick<Stakeholder, "name" | "sector" | "influence" | "connection" | "value">): void;
  updateStakeholder(id: string, patch: StakeholderPatch): void;
  deleteStakeholder(id: string): void;
  addFactor(text: string): void;
  addSuggestedFactor(id: SuggestionId): void;
  deleteFactor(id: string): void;
  /** Facilitator (control document; the server ignores anyone else). */
  curateNote(noteId: string, patch: Partial<NoteCuration>): void;
  saveNoteGroup(group: Omit<NoteGroup, "id" | "createdAt"> & { id?: string }): void;
  deleteNoteGroup(id: string): void;
  flagFactor(factorId: string, patch: Partial<FactorFlags>): void;
}

const EMPTY: never[] = [];
/** When a record is created (called from event handlers, never during render). */
const stamp = (): number => Date.now();
const NONE: Readonly<Record<string, never>> = {};

/** Binds the board (and the control document's curation) to plain values and actions for one author. */
export function useBoard(
  boardDoc: Y.Doc | undefined,
  boardProvider: WebsocketProvider | undefined,
  controlDoc: Y.Doc | undefined,
  author: Author,
): LiveBoard {
  const boardNotes = useStableValue(useDocValue(boardDoc, readBoardNotes, EMPTY));
  const curation = useStableValue(useDocValue(controlDoc, readNoteCuration, NONE));
  const noteGroups = useStableValue(useDocValue(controlDoc, readNoteGroups, EMPTY));
  const stakeholders = useStableValue(useDocValue(boardDoc, readStakeholders, EMPTY));
  const addedFactors = useStableValue(useDocValue(boardDoc, readAddedFactors, EMPTY));
  const factorFlags = useStableValue(useDocValue(controlDoc, readFactorFlags, NONE));
  const notes = useMemo(() => boardNotes.map((n): Note => ({ ...n, ...(curation[n.id] ?? NO_CURATION) })), [boardNotes, curation]);
  const { id: authorId, name: authorName } = author;

  const goodBinding = useCallback(
    (dimensionId: string) => (boardDoc && boardProvider ? { fragment: goodFragment(boardDoc, dimensionId), provider: boardProvider } : null),
    [boardDoc, boardProvider],
  );
  const onBoard = useCallback(<A extends unknown[]>(fn: (doc: Y.Doc, ...args: A) => void) => (...args: A) => {
    if (boardDoc) fn(boardDoc, ...args);
  }, [boardDoc]);
  const onControl = useCallback(<A extends unknown[]>(fn: (doc: Y.Doc, ...args: A) => void) => (...args: A) => {
    if (controlDoc) fn(controlDoc, ...args);
  }, [controlDoc]);

  const actions = useMemo(
    () => ({
      addNote: onBoard((doc, promptId: string, text: string, sector: string | null) =>
        addNote(doc, newId(), { promptId, text, sector, authorId, authorName, createdAt: stamp() }),
      ),
      updateNote: onBoard((doc, id: string, patch: { text?: string; sector?: string | null }) => void updateNote(doc, id, patch)),
      deleteNote: onBoard(deleteNote),
      addStakeholder: onBoard((doc, s: Pick<Stakeholder, "name" | "sector" | "influence" | "connection" | "value">) =>
        addStakeholder(doc, newId(), { ...s, authorId, createdAt: stamp() }),
      ),
      updateStakeholder: onBoard((doc, id: string, patch: StakeholderPatch) => void updateStakeholder(doc, id, patch)),
      deleteStakeholder: onBoard(deleteStakeholder),
      addFactor: onBoard((doc, text: string) => addFactor(doc, newId(), { text, authorId, createdAt: stamp() })),
      addSuggestedFactor: onBoard((doc, id: SuggestionId) => addSuggestedFactor(doc, id, { authorId, createdAt: stamp() })),
      deleteFactor: onBoard(deleteFactor),
      curateNote: onControl(curateNote),
      saveNoteGroup: onControl((doc, g: Omit<NoteGroup, "id" | "createdAt"> & { id?: string }) =>
        saveNoteGroup(doc, { id: g.id ?? newId(), promptId: g.promptId, label: g.label, createdAt: stamp() }),
      ),
      deleteNoteGroup: onControl(deleteNoteGroup),
      flagFactor: onControl(flagFactor),
    }),
    [onBoard, onControl, authorId, authorName],
  );

  return useMemo(
    () => ({ notes, noteGroups, stakeholders, addedFactors, factorFlags, goodBinding, ...actions }),
    [notes, noteGroups, stakeholders, addedFactors, factorFlags, goodBinding, actions],
  );
}
