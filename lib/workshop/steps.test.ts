import { describe, expect, it } from "vitest";
import { browsingKey, isStepEditable, preworkSteps, toStepNumber, visibleStep } from "./steps";

describe("which step a device shows", () => {
  const follow = { step: 2, navigation: "follow" as const };
  const free = { step: 2, navigation: "free" as const };

  it("facilitators always show the step they set", () => {
    expect(visibleStep(free, "facilitator", { step: 4, madeAt: browsingKey(2, "free") })).toBe(2);
  });

  it("participants follow unless navigation is free and they picked a step", () => {
    expect(visibleStep(follow, "participant", null)).toBe(2);
    expect(visibleStep(follow, "participant", { step: 4, madeAt: browsingKey(2, "follow") })).toBe(2);
    expect(visibleStep(free, "participant", null)).toBe(2);
    expect(visibleStep(free, "participant", { step: 4, madeAt: browsingKey(2, "free") })).toBe(4);
    expect(visibleStep(free, "observer", { step: 5, madeAt: browsingKey(2, "free") })).toBe(5);
  });

  it("a move by the facilitator, or a change of navigation, brings everyone back", () => {
    const picked = { step: 4 as const, madeAt: browsingKey(2, "free") };
    expect(visibleStep({ step: 3, navigation: "free" }, "participant", picked)).toBe(3);
    expect(visibleStep({ step: 2, navigation: "follow" }, "participant", picked)).toBe(2);
  });

  it("narrows numbers to steps", () => {
    expect(toStepNumber(5)).toBe(5);
    expect(toStepNumber(0)).toBe(1);
    expect(toStepNumber(2.5)).toBe(1);
  });
});

describe("who may change a step", () => {
  it("locks stop participants, not facilitators; observers never write", () => {
    expect(isStepEditable(1, [], "participant")).toBe(true);
    expect(isStepEditable(1, [1], "participant")).toBe(false);
    expect(isStepEditable(2, [1], "participant")).toBe(true);
    expect(isStepEditable(1, [1], "facilitator")).toBe(true);
    expect(isStepEditable(1, [], "observer")).toBe(false);
  });
});

describe("pre-work before the meeting", () => {
  const prework = { step: 1, navigation: "follow" as const, phase: "prework" as const, prework: [3, 2] };
  it("lists the open steps in order, and none while running live", () => {
    expect(preworkSteps(prework)).toEqual([2, 3]);
    expect(preworkSteps({ ...prework, phase: "live" })).toBeNull();
    expect(preworkSteps({ phase: "prework", prework: [] })).toEqual([]);
  });
  it("participants browse the open steps freely, whatever the facilitator's step and navigation", () => {
    expect(visibleStep(prework, "participant", null)).toBe(2);
    expect(visibleStep(prework, "participant", { step: 3, madeAt: "anything" })).toBe(3);
    expect(visibleStep(prework, "participant", { step: 5, madeAt: "anything" })).toBe(2);
    expect(visibleStep({ ...prework, step: 3 }, "participant", null)).toBe(3);
    expect(visibleStep(prework, "facilitator", { step: 3, madeAt: "x" })).toBe(1);
    expect(visibleStep({ ...prework, phase: "live" }, "participant", { step: 3, madeAt: browsingKey(1, "follow") })).toBe(1);
  });
  it("participants change inputs only on open, unlocked steps; facilitators everywhere", () => {
    expect(isStepEditable(2, [], "participant", prework)).toBe(true);
    expect(isStepEditable(1, [], "participant", prework)).toBe(false);
    expect(isStepEditable(2, [2], "participant", prework)).toBe(false);
    expect(isStepEditable(1, [], "facilitator", prework)).toBe(true);
    expect(isStepEditable(1, [], "participant", { ...prework, phase: "live" })).toBe(true);
  });
});
