import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addExampleMeasure,
  addIndicator,
  addMeasure,
  deleteMeasure,
  readGoal,
  readGoals,
  readPlan,
  readPlans,
  setGoalDeadline,
  setGoalText,
  setMeasureResource,
  setMilestone,
  setPlanScheme,
  updateIndicator,
  updateMeasure,
  writeGoals,
  writePlans,
} from "./index";
import { diffText } from "./text";

const DIM = "financial-model";
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe("diffText", () => {
  it("finds the one splice, never splitting a surrogate pair", () => {
    expect(diffText("abc", "abXc")).toEqual({ index: 2, remove: 0, insert: "X" });
    expect(diffText("hello world", "hello")).toEqual({ index: 5, remove: 6, insert: "" });
    expect(diffText("a😀b", "a😁b")).toEqual({ index: 1, remove: 2, insert: "😁" });
  });
});

describe("goals", () => {
  it("reads nothing from an empty board and an empty goal for any dimension", () => {
    const doc = new Y.Doc();
    expect(readGoals(doc)).toEqual([]);
    expect(readGoal(doc, DIM)).toEqual({ dimensionId: DIM, statement: "", outcome: "", capability: "", deadline: "", indicators: [] });
  });

  it("merges two people typing into one empty statement at once, character by character", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setGoalText(a, DIM, "statement", "By 2027 ");
    setGoalText(b, DIM, "statement", "three funders");
    sync(a, b);
    const merged = readGoal(a, DIM).statement;
    expect(merged).toBe(readGoal(b, DIM).statement);
    expect(merged).toContain("By 2027 ");
    expect(merged).toContain("three funders");
    // Now both edit different ends of the same text.
    setGoalText(a, DIM, "statement", `${merged}!`);
    setGoalText(b, DIM, "statement", `> ${merged}`);
    sync(a, b);
    expect(readGoal(a, DIM).statement).toBe(`> ${merged}!`);
  });

  it("keeps concurrent edits of different indicator fields and of the deadline", () => {
    const a = new Y.Doc();
    addIndicator(a, "i1", { goalId: DIM, name: "Funders", baseline: "1", target: "", unit: "", source: "", createdAt: 1 });
    const b = new Y.Doc();
    sync(a, b);
    updateIndicator(a, "i1", { target: "3" });
    updateIndicator(b, "i1", { source: "annual report" });
    setGoalDeadline(b, DIM, "2027-12-31");
    sync(a, b);
    expect(readGoal(a, DIM)).toMatchObject({ deadline: "2027-12-31", indicators: [{ id: "i1", name: "Funders", baseline: "1", target: "3", source: "annual report" }] });
  });

  it("rejects unknown dimensions, impossible dates and over-long text", () => {
    const doc = new Y.Doc();
    expect(() => setGoalText(doc, "nope", "statement", "x")).toThrow();
    expect(() => setGoalDeadline(doc, DIM, "2027-02-30")).toThrow();
    expect(() => setGoalText(doc, DIM, "outcome", "x".repeat(401))).toThrow();
    expect(readGoals(doc)).toEqual([]);
  });

  it("ignores a malformed indicator and clips over-long values written by someone else", () => {
    const doc = new Y.Doc();
    const root = doc.getMap<unknown>("goal-indicators");
    const bad = new Y.Map<unknown>();
    root.set("bad", bad);
    bad.set("goalId", DIM); // no createdAt
    const long = new Y.Map<unknown>();
    root.set("long", long);
    long.set("goalId", DIM);
    long.set("createdAt", 1);
    long.set("name", "n".repeat(500));
    long.set("unit", 42);
    const goal = readGoal(doc, DIM);
    expect(goal.indicators.map((i) => i.id)).toEqual(["long"]);
    expect(goal.indicators[0]).toMatchObject({ unit: "", target: "" });
    expect(goal.indicators[0]?.name).toHaveLength(120);
  });

  it("round-trips through writeGoals and readGoals, replacing a goal's indicators", () => {
    const doc = new Y.Doc();
    addIndicator(doc, "old", { goalId: DIM, name: "Old", baseline: "", target: "", unit: "", source: "", createdAt: 1 });
    const goals = [
      {
        dimensionId: DIM,
        statement: "By 2027 three funders co-finance the core",
        outcome: "o",
        capability: "c",
        deadline: "2027-12-31",
        indicators: [{ id: "x1", name: "Funders", baseline: "1", target: "3", unit: "funders", source: "budget", createdAt: 5 }],
      },
    ];
    writeGoals(doc, goals);
    expect(readGoals(doc)).toEqual(goals);
    expect(() => writeGoals(doc, [{ ...goals[0], dimensionId: "nope" }])).toThrow();
  });
});

describe("plans", () => {
  it("converges two taps on one starter into one measure", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const starter = { goalId: DIM, type: "activities", text: "Organise 3 partner round tables", owner: "", contributors: "", resources: {}, exampleId: "partner-round-tables", createdAt: 1 } as const;
    addExampleMeasure(a, starter);
    addExampleMeasure(b, { ...starter, createdAt: 2 });
    sync(a, b);
    expect(readPlan(a, DIM).measures).toHaveLength(1);
    expect(readPlan(b, DIM).measures).toEqual(readPlan(a, DIM).measures);
  });

  it("merges concurrent resource ticks and owner edits of one measure", () => {
    const a = new Y.Doc();
    addMeasure(a, "m1", { goalId: DIM, type: "structures", text: "Establish a governance charter", owner: "", contributors: "", resources: {}, exampleId: null, createdAt: 1 });
    const b = new Y.Doc();
    sync(a, b);
    setMeasureResource(a, "m1", "time", "2 days a month");
    setMeasureResource(b, "m1", "political-support", "");
    updateMeasure(b, "m1", { owner: "Ala" });
    sync(a, b);
    expect(readPlan(a, DIM).measures[0]).toMatchObject({ owner: "Ala", resources: { time: "2 days a month", "political-support": "" } });
    setMeasureResource(a, "m1", "time", null);
    deleteMeasure(b, "m1");
    updateMeasure(a, "m1", { text: "edited" });
    sync(a, b);
    expect(readPlan(a, DIM).measures).toEqual([]);
  });

  it("keeps milestone texts of both schemes and reads only started plans", () => {
    const doc = new Y.Doc();
    expect(readPlans(doc)).toEqual([]);
    setMilestone(doc, DIM, "d30", "Charter drafted");
    setPlanScheme(doc, DIM, "quarterly");
    setMilestone(doc, DIM, "q1", "Charter signed");
    expect(readPlans(doc)).toEqual([{ dimensionId: DIM, scheme: "quarterly", milestones: { d30: "Charter drafted", q1: "Charter signed" }, monitoring: "", measures: [] }]);
  });

  it("round-trips through writePlans", () => {
    const doc = new Y.Doc();
    const plans = [
      {
        dimensionId: DIM,
        scheme: "30-60-90",
        milestones: { d30: "a", d90: "b" },
        monitoring: "Monthly check-in",
        measures: [{ id: "m1", type: "pilots", text: "Pilot 2 use cases", owner: "Ben", contributors: "Ala, Cem", resources: { funding: "€5k" }, exampleId: "pilot-use-cases", createdAt: 3 }],
      },
    ];
    writePlans(doc, plans);
    expect(readPlans(doc)).toEqual(plans);
    writePlans(doc, [{ ...plans[0], measures: [{ type: "activities", text: "Other", owner: "", contributors: "", resources: {} }] }], undefined, 100);
    expect(readPlan(doc, DIM).measures).toEqual([{ id: `${DIM}-m1`, type: "activities", text: "Other", owner: "", contributors: "", resources: {}, exampleId: null, createdAt: 100 }]);
  });
});
