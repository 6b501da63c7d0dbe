import { describe, expect, it } from "vitest";
import { checkSmart, findNumbers, hasDate, hasNumber, type SmartInput } from "./smart";

const TODAY = "2026-11-27";
const goal = (patch: Partial<SmartInput>): SmartInput => ({ statement: "", outcome: "", capability: "", deadline: "", indicators: [], ...patch });
const verdict = (g: SmartInput) => Object.fromEntries(checkSmart(g, TODAY).criteria.map((c) => [c.id, c.issues]));

describe("numbers (not counting dates)", () => {
  it.each([
    ["Raise membership by 30% by Q3 2027", ["30%"]],
    ["Organise three partner round tables", ["three"]],
    ["Zorganizujemy trzy okrągłe stoły", ["trzy"]],
    ["Pozyskamy 15 nowych członków", ["15"]],
    ["Włączymy pięciu partnerów publicznych", ["pięciu"]],
    ["Wir gewinnen zwölf neue Mitglieder", ["zwölf"]],
    ["Podwoić liczbę usług", ["Podwoić"]],
  ])("%s", (text, expected) => {
    expect(findNumbers(text)).toEqual(expected);
  });

  it.each([
    "Strengthen the network by the end of 2027",
    "Wzmocnić sieć do końca 2027",
    "Improve cooperation within 12 months",
    "Poprawić współpracę w ciągu 12 miesięcy",
    "Better services by Q3 2027",
    "Zusammenarbeit bis Ende 2027 verbessern",
    "Members will meet one of the partners", // "one" is too common to be a quantity
  ])("no quantity in %s", (text) => {
    expect(hasNumber(text)).toBe(false);
  });
});

describe("dates", () => {
  it.each([
    "by Q3 2027",
    "by the end of the year",
    "within 12 months",
    "within a year",
    "by March 2027",
    "before 30 June",
    "by 2027-06-30",
    "do końca 2027",
    "do końca roku",
    "w ciągu 12 miesięcy",
    "w ciągu roku",
    "w III kwartale 2027",
    "do 30.06.2027",
    "do czerwca",
    "bis Ende 2027",
    "innerhalb von 18 Monaten",
    "bis Jahresende",
    "im 3. Quartal",
  ])("%s", (text) => {
    expect(hasDate(text)).toBe(true);
  });

  it.each(["Members may join freely", "Jan coordinates the network", "Zorganizujemy trzy okrągłe stoły", "30% more members"])("no date in %s", (text) => {
    expect(hasDate(text)).toBe(false);
  });
});

describe("checkSmart", () => {
  it("names everything missing from an empty goal", () => {
    expect(verdict(goal({}))).toEqual({
      specific: ["no-statement"],
      measurable: ["no-indicator", "no-number"],
      achievable: ["no-capability"],
      relevant: ["no-outcome"],
      "time-bound": ["no-date"],
    });
    expect(checkSmart(goal({}), TODAY).met).toBe(0);
  });

  it("calls a slogan vague and untimed (English)", () => {
    const v = verdict(goal({ statement: "We want a strong ecosystem" }));
    expect(v.specific).toEqual(["too-vague"]);
    expect(v["time-bound"]).toEqual(["no-date"]);
    expect(v.measurable).toContain("no-number");
  });

  it("calls a vague Polish goal vague even when it is long, until it has a number", () => {
    const vague = "Chcemy wzmocnić współpracę między interesariuszami w regionie do końca 2027";
    expect(verdict(goal({ statement: vague })).specific).toEqual(["too-vague"]);
    expect(verdict(goal({ statement: vague })).measurable).toEqual(["no-indicator", "no-number"]);
    expect(verdict(goal({ statement: vague }))["time-bound"]).toEqual([]);
    const concrete = "Do końca 2027 wzmocnimy współpracę: trzy sektory zasiadają w radzie klastra";
    expect(verdict(goal({ statement: concrete })).specific).toEqual([]);
    expect(verdict(goal({ statement: concrete })).measurable).toEqual(["no-indicator"]);
  });

  it("passes a complete goal in English and in Polish", () => {
    const indicators = [{ name: "Active members", baseline: "80", target: "120", unit: "organisations", source: "member list" }];
    const en = goal({
      statement: "By Q3 2027 the alliance has 120 active member organisations from all four sectors",
      outcome: "More social enterprises take part in joint projects",
      capability: "The office runs a yearly membership drive",
      deadline: "2027-09-30",
      indicators,
    });
    expect(checkSmart(en, TODAY)).toMatchObject({ issues: [], met: 5 });
    const pl = goal({
      statement: "W ciągu 12 miesięcy zorganizujemy trzy okrągłe stoły z partnerami publicznymi",
      outcome: "Samorząd współfinansuje usługi klastra",
      capability: "Biuro klastra prowadzi regularny dialog z administracją",
      indicators: [{ name: "Okrągłe stoły", target: "3" }],
    });
    expect(checkSmart(pl, TODAY)).toMatchObject({ issues: [], met: 5 });
  });

  it("takes the number from an indicator's target when the statement has none", () => {
    const g = goal({ statement: "The cluster office coordinates a shared funding pipeline for members", indicators: [{ name: "Applications", target: "drei" }] });
    expect(verdict(g).measurable).toEqual([]);
  });

  it("asks for a target when indicators have none", () => {
    expect(verdict(goal({ indicators: [{ name: "Members", target: "" }] })).measurable).toEqual(["no-target", "no-number"]);
  });

  it("flags a deadline in the past as not achievable and accepts the deadline field as the timeline", () => {
    const v = verdict(goal({ deadline: "2025-01-01", capability: "x" }));
    expect(v.achievable).toEqual(["deadline-past"]);
    expect(v["time-bound"]).toEqual([]);
  });
});
