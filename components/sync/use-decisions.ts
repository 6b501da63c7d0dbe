"use client";

import { useMemo } from "react";
import type * as Y from "yjs";
import { decideDimension, readDecisions, readPhases, setPhases, type Phases } from "@/lib/sync/schema";
import type { DimensionDecision } from "@/lib/workshop/gaps";
import { useDocValue } from "./use-doc-value";
import { useStableValue } from "./use-stable-value";

/** Step 3's decisions as plain values, and the facilitator's actions on them (the server drops them from others). */
export interface LiveDecisions {
  readonly byDimension: Readonly<Record<string, DimensionDecision>>;
  readonly phases: Phases;
  decide(dimensionId: string, patch: Partial<DimensionDecision>): void;
  setPhases(patch: Partial<Phases>): void;
}

const NONE: Readonly<Record<string, DimensionDecision>> = {};
const NO_PHASES: Phases = { timeframe: "", secondPhaseTimeframe: "" };

/** Binds step 3's decisions in the control document. */
export function useDecisions(controlDoc: Y.Doc | undefined): LiveDecisions {
  const byDimension = useStableValue(useDocValue(controlDoc, readDecisions, NONE));
  const phases = useStableValue(useDocValue(controlDoc, readPhases, NO_PHASES));
  return useMemo(
    () => ({
      byDimension,
      phases,
      decide: (dimensionId: string, patch: Partial<DimensionDecision>) => controlDoc && decideDimension(controlDoc, dimensionId, patch),
      setPhases: (patch: Partial<Phases>) => controlDoc && setPhases(controlDoc, patch),
    }),
    [byDimension, phases, controlDoc],
  );
}
