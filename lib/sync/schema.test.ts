import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONTROL, EMPTY_RESULTS, readBallot, readControl, readResults, readScores, setReveal, setScore, setStep, writeBallot, writeResults } from "./schema";

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("document schema", () => {
  it("reads defaults from an empty control document and ignores malformed values", () => {
    const doc = new Y.Doc();
    expect(readControl(doc)).toEqual(DEFAULT_CONTROL);
    doc.getMap("control").set("step", 9);
    doc.getMap("control").set("reveal", "yes");
    expect(readControl(doc)).toEqual(DEFAULT_CONTROL);
  });

  it("named mutations round-trip through another replica", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setReveal(a, "baseline", true);
    setStep(a, 3);
    setScore(a, "baseline", "financial-model", 4);
    setScore(a, "baseline", "operating-model", 0);
    writeBallot(a, { "financial-model": 2, "operating-model": 0 });
    sync(a, b);
    expect(readControl(b)).toMatchObject({ step: 3, reveal: { baseline: true, target: false, votes: false } });
    expect(readScores(b, "baseline")).toEqual({ "financial-model": 4, "operating-model": 0 });
    expect(readScores(b, "target")).toEqual({});
    expect(readBallot(b)).toEqual({ "financial-model": 2 });
    setScore(b, "baseline", "financial-model", null);
    sync(a, b);
    expect(readScores(a, "baseline")).toEqual({ "operating-model": 0 });
  });

  it("concurrent score changes by two replicas converge", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setScore(a, "baseline", "financial-model", 2);
    setScore(b, "baseline", "financial-model", 5);
    sync(a, b);
    expect(readScores(a, "baseline")).toEqual(readScores(b, "baseline"));
  });

  it("refuses to store a score outside the scale", () => {
    expect(() => setScore(new Y.Doc(), "baseline", "financial-model", 7 as never)).toThrow();
  });

  it("writes results only when they change", () => {
    const doc = new Y.Doc();
    expect(readResults(doc)).toEqual(EMPTY_RESULTS);
    expect(writeResults(doc, EMPTY_RESULTS)).toBe(true);
    expect(writeResults(doc, EMPTY_RESULTS)).toBe(false);
    const next = { ...EMPTY_RESULTS, votes: { revealed: true as const, voters: 1, tally: { a: 1 } } };
    expect(writeResults(doc, next)).toBe(true);
    expect(readResults(doc).votes).toEqual(next.votes);
  });
});
