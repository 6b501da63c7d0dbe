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

/** The pre-work part of the control state: the phase and the steps opened for pre-work. */
export interface PreworkState {
  readonly phase: "live" | "prework";
  readonly prework: readonly number[];
}

/**
 * The steps participants may open on their own before the meeting, in order, or null when the workshop is running
 * live (then navigation and locks decide as usual). In pre-work without any open step nothing is open: [].
 */
export function preworkSteps(control: Partial<PreworkState>): StepNumber[] | null {
  if (control.phase !== "prework") return null;
  return STEP_NUMBERS.filter((n) => control.prework?.includes(n));
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
  control: { readonly step: number; readonly navigation: "follow" | "free" } & Partial<PreworkState>,
  role: "facilitator" | "participant" | "observer",
  browsed: BrowsedStep | null,
): StepNumber {
  const current = toStepNumber(control.step);
  const open = preworkSteps(control);
  if (open && role !== "facilitator") {
    // Pre-work: nobody drives; a device shows the open step it picked, else the first open one.
    if (browsed && open.includes(browsed.step)) return browsed.step;
    return open.includes(current) ? current : (open[0] ?? current);
  }
  if (role === "facilitator" || control.navigation === "follow" || !browsed) return current;
  return browsed.madeAt === browsingKey(control.step, control.navigation) ? browsed.step : current;
}

/**
 * Whether a participant may change their inputs on a step: not when the facilitator has locked it, and during
 * pre-work only on the steps opened for it.
 */
export function isStepEditable(
  step: number,
  locked: readonly number[],
  role: "facilitator" | "participant" | "observer",
  prework: Partial<PreworkState> = {},
): boolean {
  if (role === "observer") return false;
  if (role === "facilitator") return true;
  const open = preworkSteps(prework);
  if (open && !open.some((n) => n === step)) return false;
  return !locked.includes(step);
}
