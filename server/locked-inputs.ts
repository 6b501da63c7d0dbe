import type { ParticipantInputs } from "../lib/sync/derive-results";
import type { StepNumber } from "../lib/workshop/steps";

/** The private input each lockable step collects: its lock freezes that input (decision 006). */
export const STEP_PRIVATE_INPUT: Readonly<Partial<Record<StepNumber, "baseline" | "target" | "ballot">>> = {
  1: "baseline",
  2: "target",
  3: "ballot",
};

type Frozen = Pick<ParticipantInputs, "baseline" | "target" | "ballot">;

/**
 * Server-side step locks on private inputs: when a step is locked, each participant's input of that step is
 * frozen at the value it had when the lock was first seen (or when their document was first loaded during the lock),
 * and results are derived from the frozen value until the step is unlocked. Writes made meanwhile stay in the
 * participant's own document but do not count. The freeze lives in memory: a watch created while a step is
 * already locked (server restart, or everyone disconnected) freezes what is stored at that moment.
 */
export class LockedInputs {
  private readonly frozen = new Map<StepNumber, Map<string, Frozen[keyof Frozen]>>();

  /**
   * Forgets unlocked steps, freezes every not-yet-frozen participant's input of each locked step, and returns the
   * inputs with frozen values in place of live ones.
   */
  apply(locked: readonly StepNumber[], inputs: readonly ParticipantInputs[]): ParticipantInputs[] {
    for (const step of [...this.frozen.keys()]) if (!locked.includes(step)) this.frozen.delete(step);
    return inputs.map((input) => {
      let out = input;
      for (const step of locked) {
        const field = STEP_PRIVATE_INPUT[step];
        if (!field) continue;
        const perStep = this.frozen.get(step) ?? new Map<string, Frozen[keyof Frozen]>();
        this.frozen.set(step, perStep);
        if (!perStep.has(input.participantId)) perStep.set(input.participantId, input[field]);
        out = { ...out, [field]: perStep.get(input.participantId) };
      }
      return out;
    });
  }
}
