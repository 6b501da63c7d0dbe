"use client";

import { useCallback, useMemo } from "react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import {
  DEFAULT_CONTROL,
  EMPTY_RESULTS,
  readBallot,
  readControl,
  readResults,
  readScores,
  setReveal,
  setScore,
  setStep,
  visionFragment,
  writeBallot,
  type Control,
  type Results,
  type RevealKey,
} from "@/lib/sync/schema";
import type { Presence } from "@/lib/sync/awareness";
import type { Profile, ScoreSheet, ScoreValue } from "@/lib/workshop/scores";
import { useBoard, type LiveBoard } from "./use-board";
import { useDecisions, type LiveDecisions } from "./use-decisions";
import { useDocValue } from "./use-doc-value";
import { useDragGhostFeed, type DragGhostFeed } from "./use-drag-ghosts";
import { useFacilitatorActions, type FacilitatorActions } from "./use-facilitator-actions";
import { useGoals, type LiveGoals } from "./use-goals";
import { usePresence, type PresentPerson } from "./use-presence";
import { useWorkshopDocs, type ConnectionState, type RoomGrant } from "./use-workshop-docs";

const readBaseline = (doc: Y.Doc) => readScores(doc, "baseline");
const readTarget = (doc: Y.Doc) => readScores(doc, "target");
const EMPTY_SHEET: ScoreSheet = {};
const EMPTY_BALLOT: Readonly<Record<string, unknown>> = {};

/** The editor's binding: the only Yjs objects a screen receives, handed straight to components/editor. */
export interface EditorBinding {
  readonly fragment: Y.XmlFragment;
  readonly provider: WebsocketProvider;
}

/** A workshop as screens see it: plain values and named actions, no Yjs. */
export interface LiveWorkshop {
  readonly connection: ConnectionState;
  readonly synced: boolean;
  readonly control: Control;
  readonly results: Results;
  readonly myScores: Record<Profile, ScoreSheet>;
  readonly myBallot: Readonly<Record<string, unknown>>;
  readonly people: PresentPerson[];
  readonly vision: EditorBinding | null;
  /** The co-created board (notes, stakeholders, success factors, "what good looks like") and its actions. */
  readonly board: LiveBoard;
  /** Facilitator: navigation, timers, locks, dots per person. */
  readonly facilitate: FacilitatorActions;
  /** Step 3's tags, priorities and timeframes (facilitator writes). */
  readonly decisions: LiveDecisions;
  /** Steps 4 and 5: goals (SMART statement, indicators…) and action plans, co-edited on the board. */
  readonly goals: LiveGoals;
  /** Spider-chart drags in progress (others' ghosts, and publishing mine), revealed profiles only. */
  readonly drags: DragGhostFeed;
  /** Participant: rate a dimension (null clears it). No-op without a private document. */
  setMyScore(profile: Profile, dimensionId: string, value: ScoreValue | null): void;
  /** Participant: replace the ballot. */
  setMyBallot(ballot: Readonly<Record<string, number>>): void;
  /** Facilitator: reveal or hide. The server ignores this from anyone else. */
  reveal(key: RevealKey, revealed: boolean): void;
  /** Facilitator: move everyone to a step. */
  goToStep(step: number): void;
}

/** Connects this device to a workshop and exposes it to screens as plain values. `selfId`: participant or user id. */
export function useWorkshop(syncUrl: string, token: string, rooms: RoomGrant, me: Presence, selfId: string): LiveWorkshop {
  const { docs, connection, synced } = useWorkshopDocs(syncUrl, token, rooms);
  const controlDoc = docs?.control.doc;
  const privateDoc = docs?.private?.doc;
  const control = useDocValue(controlDoc, readControl, DEFAULT_CONTROL);
  const results = useDocValue(docs?.results.doc, readResults, EMPTY_RESULTS);
  const baseline = useDocValue(privateDoc, readBaseline, EMPTY_SHEET);
  const target = useDocValue(privateDoc, readTarget, EMPTY_SHEET);
  const myBallot = useDocValue(privateDoc, readBallot, EMPTY_BALLOT);
  const people = usePresence(docs?.board.provider ?? null, me);
  const boardDoc = docs?.board.doc;
  const boardProvider = docs?.board.provider;
  const vision = useMemo(
    () => (boardDoc && boardProvider ? { fragment: visionFragment(boardDoc), provider: boardProvider } : null),
    [boardDoc, boardProvider],
  );
  const myScores = useMemo(() => ({ baseline, target }), [baseline, target]);
  const author = useMemo(() => ({ id: selfId, name: me.name }), [selfId, me.name]);
  const board = useBoard(boardDoc, boardProvider, controlDoc, author);
  const facilitate = useFacilitatorActions(controlDoc);
  const decisions = useDecisions(controlDoc);
  const goals = useGoals(boardDoc);
  const drags = useDragGhostFeed(boardProvider ?? null, control.reveal);

  const setMyScore = useCallback(
    (profile: Profile, dimensionId: string, value: ScoreValue | null) => {
      if (privateDoc) setScore(privateDoc, profile, dimensionId, value);
    },
    [privateDoc],
  );
  const setMyBallot = useCallback(
    (ballot: Readonly<Record<string, number>>) => {
      if (privateDoc) writeBallot(privateDoc, ballot);
    },
    [privateDoc],
  );
  const reveal = useCallback(
    (key: RevealKey, revealed: boolean) => {
      if (controlDoc) setReveal(controlDoc, key, revealed);
    },
    [controlDoc],
  );
  const goToStep = useCallback(
    (step: number) => {
      if (controlDoc) setStep(controlDoc, step);
    },
    [controlDoc],
  );

  return { connection, synced, control, results, myScores, myBallot, people, vision, board, facilitate, decisions, goals, drags, setMyScore, setMyBallot, reveal, goToStep };
}
