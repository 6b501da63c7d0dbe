import { describe, expect, it } from "vitest";
import { browsingKey, isStepEditable, toStepNumber, visibleStep } from "./steps";

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
