"use client";

import { useMemo } from "react";
import type * as Y from "yjs";
import { setDotsPerPerson, setLocked, setNavigation, setPreworkOpen, setSessionPhase, setTimer, type Navigation, type SessionPhase } from "@/lib/sync/schema";
import type { TimerState } from "@/lib/workshop/timer";

/** The facilitator's step controls (control document; the server drops them from anyone else). */
export interface FacilitatorActions {
  setNavigation(navigation: Navigation): void;
  /** Set, change or (null) clear a step's countdown; compute the state with lib/workshop/timer.ts. */
  setTimer(step: number, timer: TimerState | null): void;
  setLocked(step: number, locked: boolean): void;
  setDotsPerPerson(dots: number): void;
  /** Pre-work before the meeting, or running live. */
  setPhase(phase: SessionPhase): void;
  /** Open (or close) a step for pre-work. */
  setPrework(step: number, open: boolean): void;
}

/** Named control-document actions for the facilitator's bar. No-ops until the document is open. */
export function useFacilitatorActions(controlDoc: Y.Doc | undefined): FacilitatorActions {
  return useMemo(
    () => ({
      setNavigation: (navigation: Navigation) => controlDoc && setNavigation(controlDoc, navigation),
      setTimer: (step: number, timer: TimerState | null) => controlDoc && setTimer(controlDoc, step, timer),
      setLocked: (step: number, locked: boolean) => controlDoc && setLocked(controlDoc, step, locked),
      setDotsPerPerson: (dots: number) => controlDoc && setDotsPerPerson(controlDoc, dots),
      setPhase: (phase: SessionPhase) => controlDoc && setSessionPhase(controlDoc, phase),
      setPrework: (step: number, open: boolean) => controlDoc && setPreworkOpen(controlDoc, step, open),
    }),
    [controlDoc],
  );
}
