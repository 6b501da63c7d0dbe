"use client";

import { useMemo } from "react";
import type * as Y from "yjs";
import {
  addExampleMeasure,
  addIndicator,
  addMeasure,
  deleteIndicator,
  deleteMeasure,
  readGoal,
  readPlan,
  setGoalDeadline,
  setGoalText,
  setMeasureResource,
  setMilestone,
  setMonitoring,
  setPlanScheme,
  updateIndicator,
  updateMeasure,
  type MeasurePatch,
} from "@/lib/sync/schema";
import { newId } from "@/lib/validation/ids";
import { DIMENSION_IDS } from "@/lib/workshop/dimensions";
import { EMPTY_INDICATOR, emptyGoal, type Goal, type GoalTextField, type IndicatorFields } from "@/lib/workshop/goals";
import { EXAMPLE_TYPES, emptyPlan, type MeasureType, type MilestoneScheme, type MilestoneSlot, type Plan, type ResourceType } from "@/lib/workshop/plan";
import { useDocValue } from "./use-doc-value";
import { useStableValue } from "./use-stable-value";

/** Steps 4 and 5 as plain values (a goal and a plan for every dimension, empty when unwritten) and their actions. */
export interface LiveGoals {
  readonly goals: Readonly<Record<string, Goal>>;
  readonly plans: Readonly<Record<string, Plan>>;
  setText(dimensionId: string, field: GoalTextField, value: string): void;
  setDeadline(dimensionId: string, deadline: string): void;
  addIndicator(dimensionId: string): void;
  updateIndicator(id: string, patch: Partial<IndicatorFields>): void;
  deleteIndicator(id: string): void;
  setScheme(dimensionId: string, scheme: MilestoneScheme): void;
  setMilestone(dimensionId: string, slot: MilestoneSlot, value: string): void;
  setMonitoring(dimensionId: string, value: string): void;
  addMeasure(dimensionId: string, type: MeasureType, text: string): void;
  /** One-tap starter from the seed's examples, in this person's language (deterministic id: two taps, one measure). */
  addExample(dimensionId: string, exampleId: string, text: string): void;
  updateMeasure(id: string, patch: MeasurePatch): void;
  setResource(id: string, resource: ResourceType, note: string | null): void;
  deleteMeasure(id: string): void;
}

const readAllGoals = (doc: Y.Doc) => Object.fromEntries(DIMENSION_IDS.map((id) => [id, readGoal(doc, id)]));
const readAllPlans = (doc: Y.Doc) => Object.fromEntries(DIMENSION_IDS.map((id) => [id, readPlan(doc, id)]));
const NO_GOALS: Readonly<Record<string, Goal>> = Object.fromEntries(DIMENSION_IDS.map((id) => [id, emptyGoal(id)]));
const NO_PLANS: Readonly<Record<string, Plan>> = Object.fromEntries(DIMENSION_IDS.map((id) => [id, emptyPlan(id)]));
/** When a record is created (called from event handlers, never during render). */
const stamp = (): number => Date.now();

/** Binds steps 4 and 5 on the board document. Writes are no-ops until the board is open. */
export function useGoals(boardDoc: Y.Doc | undefined): LiveGoals {
  const goals = useStableValue(useDocValue(boardDoc, readAllGoals, NO_GOALS));
  const plans = useStableValue(useDocValue(boardDoc, readAllPlans, NO_PLANS));
  return useMemo(() => {
    const on = <A extends unknown[]>(fn: (doc: Y.Doc, ...args: A) => void) => (...args: A) => {
      if (boardDoc) fn(boardDoc, ...args);
    };
    return {
      goals,
      plans,
      setText: on((doc, dim: string, field: GoalTextField, value: string) => setGoalText(doc, dim, field, value)),
      setDeadline: on((doc, dim: string, deadline: string) => setGoalDeadline(doc, dim, deadline)),
      addIndicator: on((doc, dim: string) => addIndicator(doc, newId(), { ...EMPTY_INDICATOR, goalId: dim, createdAt: stamp() })),
      updateIndicator: on((doc, id: string, patch: Partial<IndicatorFields>) => void updateIndicator(doc, id, patch)),
      deleteIndicator: on(deleteIndicator),
      setScheme: on((doc, dim: string, scheme: MilestoneScheme) => setPlanScheme(doc, dim, scheme)),
      setMilestone: on((doc, dim: string, slot: MilestoneSlot, value: string) => setMilestone(doc, dim, slot, value)),
      setMonitoring: on((doc, dim: string, value: string) => setMonitoring(doc, dim, value)),
      addMeasure: on((doc, dim: string, type: MeasureType, text: string) =>
        addMeasure(doc, newId(), { goalId: dim, type, text, owner: "", contributors: "", resources: {}, exampleId: null, createdAt: stamp() }),
      ),
      addExample: on((doc, dim: string, exampleId: string, text: string) =>
        void addExampleMeasure(doc, { goalId: dim, type: EXAMPLE_TYPES[exampleId] ?? "activities", text, owner: "", contributors: "", resources: {}, exampleId, createdAt: stamp() }),
      ),
      updateMeasure: on((doc, id: string, patch: MeasurePatch) => void updateMeasure(doc, id, patch)),
      setResource: on((doc, id: string, resource: ResourceType, note: string | null) => setMeasureResource(doc, id, resource, note)),
      deleteMeasure: on(deleteMeasure),
    };
  }, [boardDoc, goals, plans]);
}
