import { z } from "zod";

/** The five steps of the method, by number (content.steps[].number). */
export const STEP_NUMBERS = [1, 2, 3, 4, 5] as const;
/** A step number, 1–5. */
export const stepNumberSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
/** A step number, 1–5. */
export type StepNumber = z.infer<typeof stepNumberSchema>;

/** Narrows a number to a step, falling back to step 1. */
export function toStepNumber(n: number): StepNumber {
  const parsed = stepNumberSchema.safeParse(n);
  return parsed.success ? parsed.data : 1;
}

/** A device's own browsing choice: the step it picked, remembered against the facilitator state it was made in. */
export interface BrowsedStep {
  readonly step: StepNumber;
  /** The facilitator's step and navigation mode when the choice was made. */
  readonly madeAt: string;
}

/** The key a browsing choice is valid for: a new facilitator step or navigation mode invalidates it. */
export function browsingKey(facilitatorStep: number, navigation: "follow" | "free"): string {
  return `${facilitatorStep}:${navigation}`;
}

/**
 * The step a device shows. Facilitators show the step they set for everybody. Others follow it, unless
 * navigation is free and they picked a step since the facilitator last moved everyone (a move brings everyone
 * back, even in free mode).
 */
export function visibleStep(
  control: { readonly step: number; readonly navigation: "follow" | "free" },
  role: "facilitator" | "participant" | "observer",
  browsed: BrowsedStep | null,
): StepNumber {
  const current = toStepNumber(control.step);
  if (role === "facilitator" || control.navigation === "follow" || !browsed) return current;
  return browsed.madeAt === browsingKey(control.step, control.navigation) ? browsed.step : current;
}

/** Whether a participant may change their inputs on a step (not when the facilitator has locked it). */
export function isStepEditable(step: number, locked: readonly number[], role: "facilitator" | "participant" | "observer"): boolean {
  if (role === "observer") return false;
  return role === "facilitator" || !locked.includes(step);
}
