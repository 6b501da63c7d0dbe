import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readControl, setPreworkOpen, setSessionPhase } from "./control";
import { applySnapshot, snapshotDoc } from "./snapshot";

describe("pre-work in the control document", () => {
  it("defaults to live with nothing open, and keeps phase and open steps apart", () => {
    const doc = new Y.Doc();
    expect(readControl(doc)).toMatchObject({ phase: "live", prework: [] });
    setSessionPhase(doc, "prework");
    setPreworkOpen(doc, 2, true);
    setPreworkOpen(doc, 1, true);
    setPreworkOpen(doc, 1, false);
    expect(readControl(doc)).toMatchObject({ phase: "prework", prework: [2] });
    expect(() => setPreworkOpen(doc, 6, true)).toThrow();
    expect(() => setSessionPhase(doc, "later" as never)).toThrow();
  });
  it("reads a malformed phase as live, and survives an export round trip", () => {
    const doc = new Y.Doc();
    doc.getMap("control").set("phase", "soon");
    expect(readControl(doc).phase).toBe("live");
    setSessionPhase(doc, "prework");
    setPreworkOpen(doc, 3, true);
    const copy = new Y.Doc();
    applySnapshot(copy, snapshotDoc(doc));
    expect(readControl(copy)).toMatchObject({ phase: "prework", prework: [3] });
  });
});
