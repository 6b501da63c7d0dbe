import { describe, expect, it } from "vitest";
import { content } from "./content";
import { checkPlan, emptyPlan, EXAMPLE_TYPES, MEASURE_TYPES, MILESTONE_SCHEMES, RESOURCE_TYPES, type Measure } from "./plan";

describe("plan vocabulary", () => {
  it("matches the content file", () => {
    expect(content.actionPlan.measureTypes.map((t) => t.id)).toEqual([...MEASURE_TYPES]);
    expect(content.actionPlan.resourceTypes.map((t) => t.id)).toEqual([...RESOURCE_TYPES]);
    expect(content.actionPlan.milestoneSchemes.map((t) => t.id)).toEqual([...MILESTONE_SCHEMES]);
    expect(content.actionPlan.examples.map((e) => e.id).sort()).toEqual(Object.keys(EXAMPLE_TYPES).sort());
    expect(content.smart.map((s) => s.id)).toEqual(["specific", "measurable", "achievable", "relevant", "time-bound"]);
  });
});

describe("checkPlan", () => {
  const measure = (patch: Partial<Measure>): Measure => ({ id: "m", type: "activities", text: "x", owner: "", contributors: "", resources: {}, exampleId: null, createdAt: 0, ...patch });
  it("names what an empty plan lacks", () => {
    expect(checkPlan(emptyPlan("d")).map((g) => g.kind)).toEqual(["no-measures", "no-milestones", "no-monitoring"]);
  });
  it("names unowned and unresourced measures, and counts milestones of the chosen scheme only", () => {
    const plan = { ...emptyPlan("d"), scheme: "quarterly" as const, milestones: { d30: "only in the other scheme" }, monitoring: "monthly", measures: [measure({ id: "a" }), measure({ id: "b", owner: "Ala", resources: { time: "" } })] };
    expect(checkPlan(plan)).toEqual([{ kind: "no-owner", measureIds: ["a"] }, { kind: "no-resources", measureIds: ["a"] }, { kind: "no-milestones" }]);
    expect(checkPlan({ ...plan, milestones: { q2: "x" }, measures: [plan.measures[1]!] })).toEqual([]);
  });
});
