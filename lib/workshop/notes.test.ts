import { describe, expect, it } from "vitest";
import { arrangeNotes, canEditNote, noteTextSchema, rootOf, type Note } from "./notes";
import { cellSlots, moveByKey, snapToCell, type Stakeholder } from "./stakeholders";

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id,
  promptId: "people-skills",
  text: id,
  sector: null,
  authorId: "p1",
  authorName: "Ala",
  createdAt: Number(id.replace(/\D/g, "")) || 0,
  starred: false,
  groupId: null,
  mergedInto: null,
  ...over,
});

describe("status-quo notes", () => {
  it("arranges notes by prompt, groups first, oldest first", () => {
    const notes = [note("n3"), note("n1", { groupId: "g1" }), note("n2", { promptId: "infrastructure" }), note("n4", { groupId: "gone" })];
    const groups = [{ id: "g1", promptId: "people-skills", label: "Skills", createdAt: 1 }];
    const cols = arrangeNotes(notes, groups, ["people-skills", "infrastructure", "financial-base"]);
    expect(cols["people-skills"]?.groups[0]?.notes.map((a) => a.note.id)).toEqual(["n1"]);
    expect(cols["people-skills"]?.loose.map((a) => a.note.id)).toEqual(["n3", "n4"]);
    expect(cols["infrastructure"]?.loose.map((a) => a.note.id)).toEqual(["n2"]);
    expect(cols["financial-base"]).toEqual({ groups: [], loose: [], count: 0 });
  });

  it("shows merged notes beneath their root, following chains", () => {
    const notes = [note("n1"), note("n2", { mergedInto: "n1" }), note("n3", { mergedInto: "n2" }), note("n4", { mergedInto: "missing" })];
    const col = arrangeNotes(notes, [], ["people-skills"])["people-skills"];
    expect(col?.loose.map((a) => [a.note.id, a.merged.map((m) => m.id)])).toEqual([
      ["n1", ["n2", "n3"]],
      ["n4", []],
    ]);
    expect(col?.count).toBe(4);
  });

  it("breaks a merge cycle from concurrent merges the same way everywhere", () => {
    const a = note("n5", { mergedInto: "n7" });
    const b = note("n7", { mergedInto: "n5" });
    const byId = new Map([a, b].map((n) => [n.id, n]));
    expect(rootOf(a, byId).id).toBe("n5");
    expect(rootOf(b, byId).id).toBe("n5");
    const col = arrangeNotes([b, a], [], ["people-skills"])["people-skills"];
    expect(col?.loose.map((x) => [x.note.id, x.merged.map((m) => m.id)])).toEqual([["n5", ["n7"]]]);
  });

  it("ignores a merge into another column", () => {
    const notes = [note("n1", { promptId: "infrastructure" }), note("n2", { mergedInto: "n1" })];
    expect(arrangeNotes(notes, [], ["people-skills"])["people-skills"]?.loose.map((x) => x.note.id)).toEqual(["n2"]);
  });

  it("lets authors and facilitators edit, nobody else", () => {
    expect(canEditNote({ authorId: "p1" }, { id: "p1", role: "participant" })).toBe(true);
    expect(canEditNote({ authorId: "p1" }, { id: "p2", role: "participant" })).toBe(false);
    expect(canEditNote({ authorId: "p1" }, { id: "u1", role: "facilitator" })).toBe(true);
    expect(canEditNote({ authorId: "p1" }, { id: "p1", role: "observer" })).toBe(false);
  });

  it("trims note text and refuses empty or overlong notes", () => {
    expect(noteTextSchema.parse("  hello ")).toBe("hello");
    expect(noteTextSchema.safeParse("   ").success).toBe(false);
    expect(noteTextSchema.safeParse("x".repeat(281)).success).toBe(false);
  });
});

describe("stakeholder grid", () => {
  it("moves with arrow keys inside the grid only", () => {
    expect(moveByKey({ influence: 3, connection: 3 }, "ArrowUp")).toEqual({ influence: 4, connection: 3 });
    expect(moveByKey({ influence: 3, connection: 3 }, "ArrowLeft")).toEqual({ influence: 3, connection: 2 });
    expect(moveByKey({ influence: 5, connection: 3 }, "ArrowUp")).toBeNull();
    expect(moveByKey({ influence: 1, connection: 1 }, "ArrowDown")).toBeNull();
    expect(moveByKey({ influence: 2, connection: 2 }, "End")).toEqual({ influence: 2, connection: 5 });
    expect(moveByKey({ influence: 2, connection: 2 }, "a")).toBeNull();
  });

  it("snaps a continuous position to the nearest cell", () => {
    expect(snapToCell(3.4, 4.6)).toEqual({ influence: 3, connection: 5 });
    expect(snapToCell(-2, 9)).toEqual({ influence: 1, connection: 5 });
  });

  it("gives stakeholders sharing a cell distinct slots, oldest first", () => {
    const s = (id: string, createdAt: number, influence: 1 | 2 = 2): Stakeholder => ({ id, name: id, sector: null, influence, connection: 3, value: "", authorId: "p", createdAt });
    const slots = cellSlots([s("b", 2), s("a", 1), s("c", 1, 1)]);
    expect(slots.get("a")).toEqual({ slot: 0, of: 2 });
    expect(slots.get("b")).toEqual({ slot: 1, of: 2 });
    expect(slots.get("c")).toEqual({ slot: 0, of: 1 });
  });
});
