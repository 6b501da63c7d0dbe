import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  addFactor,
  addNote,
  addStakeholder,
  addSuggestedFactor,
  curateNote,
  deleteNote,
  deleteStakeholder,
  flagFactor,
  notesRoot,
  readAddedFactors,
  readBoardNotes,
  readControl,
  readFactorFlags,
  readNoteCuration,
  readNoteGroups,
  readStakeholders,
  saveNoteGroup,
  setLocked,
  setNavigation,
  setTimer,
  setDotsPerPerson,
  updateNote,
  updateStakeholder,
  DEFAULT_CONTROL,
} from "./index";

/** Brings every replica up to date with every other (as the server's relay eventually does), in a shuffled order. */
function syncAll(docs: Y.Doc[]): void {
  for (let round = 0; round < 2; round += 1) {
    for (const from of [...docs].reverse()) {
      for (const to of docs) if (to !== from) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    }
  }
}

function replicas(n: number): Y.Doc[] {
  const base = new Y.Doc();
  return Array.from({ length: n }, () => {
    const d = new Y.Doc();
    Y.applyUpdate(d, Y.encodeStateAsUpdate(base));
    return d;
  });
}

const note = (authorId: string, text: string, createdAt: number, promptId = "people-skills") => ({
  promptId,
  text,
  sector: "public",
  authorId,
  authorName: authorId,
  createdAt,
});

describe("board: status-quo notes", () => {
  it("three people adding notes at once all keep theirs, on every replica", () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    addNote(a, "na", note("pa", "Volunteers with IT skills", 1));
    addNote(b, "nb", note("pb", "A municipal grant until 2026", 2, "financial-base"));
    addNote(c, "nc", note("pc", "Strong trust between NGOs", 3, "organisational-culture"));
    syncAll([a, b, c]);
    for (const d of [a, b, c]) expect(readBoardNotes(d).map((n) => n.id)).toEqual(["na", "nb", "nc"]);
  });

  it("concurrent edits of different fields of one note both survive", () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    addNote(a, "n1", note("pa", "first", 1));
    syncAll([a, b]);
    updateNote(a, "n1", { text: "first, edited" });
    updateNote(b, "n1", { sector: "academia" });
    syncAll([a, b]);
    expect(readBoardNotes(a)).toEqual(readBoardNotes(b));
    expect(readBoardNotes(a)[0]).toMatchObject({ text: "first, edited", sector: "academia" });
  });

  it("an edit racing a delete does not bring back half a note", () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    addNote(a, "n1", note("pa", "first", 1));
    syncAll([a, b]);
    deleteNote(a, "n1");
    updateNote(b, "n1", { text: "changed meanwhile" });
    syncAll([a, b]);
    expect(readBoardNotes(a)).toEqual([]);
    expect(readBoardNotes(b)).toEqual([]);
  });

  it("refuses empty or overlong notes and reads past malformed ones", () => {
    const d = new Y.Doc();
    expect(() => addNote(d, "x", note("pa", "   ", 1))).toThrow();
    expect(() => addNote(d, "x", note("pa", "y".repeat(281), 1))).toThrow();
    notesRoot(d).set("bad", "not a map");
    addNote(d, "ok", note("pa", "  trimmed  ", 1));
    expect(readBoardNotes(d).map((n) => [n.id, n.text])).toEqual([["ok", "trimmed"]]);
  });
});

describe("control: curation of notes and factors", () => {
  it("a star and a merge from two facilitator tabs converge", () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    curateNote(a, "n1", { starred: true });
    syncAll([a, b]);
    curateNote(a, "n1", { groupId: "g1" });
    curateNote(b, "n1", { mergedInto: "n2" });
    saveNoteGroup(a, { id: "g1", promptId: "people-skills", label: "Skills", createdAt: 5 });
    syncAll([a, b]);
    expect(readNoteCuration(a)).toEqual(readNoteCuration(b));
    expect(readNoteCuration(a)["n1"]).toEqual({ starred: true, groupId: "g1", mergedInto: "n2" });
    expect(readNoteGroups(b)).toEqual([{ id: "g1", promptId: "people-skills", label: "Skills", createdAt: 5 }]);
    curateNote(b, "n1", { mergedInto: null });
    syncAll([a, b]);
    expect(readNoteCuration(a)["n1"]?.mergedInto).toBeNull();
    expect(() => curateNote(a, "n1", { mergedInto: "n1" })).toThrow();
  });

  it("factor flags merge per field", () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    flagFactor(a, "seed-idea", { nonNegotiable: true });
    syncAll([a, b]);
    flagFactor(a, "seed-idea", { setAside: true });
    flagFactor(b, "seed-idea", { nonNegotiable: false });
    syncAll([a, b]);
    expect(readFactorFlags(a)).toEqual(readFactorFlags(b));
    expect(readFactorFlags(a)["seed-idea"]).toEqual({ nonNegotiable: false, setAside: true });
  });
});

describe("control: steps, navigation, timers, locks", () => {
  it("keeps per-step timers and locks apart and converges", () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    setTimer(a, 1, { endsAt: 1_000, pausedRemainingMs: null });
    setTimer(b, 2, { endsAt: null, pausedRemainingMs: 60_000 });
    setLocked(a, 1, true);
    setLocked(b, 3, true);
    setNavigation(b, "free");
    setDotsPerPerson(a, 5);
    syncAll([a, b]);
    for (const d of [a, b]) {
      const c = readControl(d);
      expect(c.timers).toEqual({ 1: { endsAt: 1_000, pausedRemainingMs: null }, 2: { endsAt: null, pausedRemainingMs: 60_000 } });
      expect(c.locked).toEqual([1, 3]);
      expect(c.navigation).toBe("free");
      expect(c.dotsPerPerson).toBe(5);
    }
    setTimer(a, 1, null);
    setLocked(a, 1, false);
    syncAll([a, b]);
    expect(readControl(b)).toMatchObject({ timers: { 2: { endsAt: null, pausedRemainingMs: 60_000 } }, locked: [3] });
  });

  it("refuses invalid values and reads defaults for malformed stored ones", () => {
    const d = new Y.Doc();
    expect(() => setTimer(d, 6, null)).toThrow();
    expect(() => setTimer(d, 1, { endsAt: 5, pausedRemainingMs: 5 } as never)).toThrow();
    expect(() => setDotsPerPerson(d, 0)).toThrow();
    expect(() => setNavigation(d, "anywhere" as never)).toThrow();
    expect(readControl(d)).toEqual(DEFAULT_CONTROL);
  });
});

describe("board: stakeholders", () => {
  const s = (name: string, createdAt: number) => ({ name, sector: "public", influence: 3 as const, connection: 2 as const, value: "", authorId: "pa", createdAt });

  it("a move and a rename of the same stakeholder by two people both survive", () => {
    const [a, b, c] = replicas(3) as [Y.Doc, Y.Doc, Y.Doc];
    addStakeholder(a, "s1", s("City of Gdańsk", 1));
    addStakeholder(c, "s2", s("University", 2));
    syncAll([a, b, c]);
    updateStakeholder(a, "s1", { influence: 5, connection: 4 });
    updateStakeholder(b, "s1", { name: "City of Gdańsk (social affairs)", value: "Public funding" });
    deleteStakeholder(c, "s2");
    syncAll([a, b, c]);
    for (const d of [a, b, c]) {
      expect(readStakeholders(d)).toEqual([
        { id: "s1", name: "City of Gdańsk (social affairs)", sector: "public", influence: 5, connection: 4, value: "Public funding", authorId: "pa", createdAt: 1 },
      ]);
    }
  });

  it("refuses levels off the grid", () => {
    const d = new Y.Doc();
    expect(() => addStakeholder(d, "s", { ...s("x", 1), influence: 6 as never })).toThrow();
    addStakeholder(d, "s", s("x", 1));
    expect(() => updateStakeholder(d, "s", { connection: 0 as never })).toThrow();
  });
});

describe("board: success factors", () => {
  it("the same suggestion added by two people at once is one factor; own factors all stay", () => {
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    addSuggestedFactor(a, "legitimacy", { authorId: "pa", createdAt: 1 });
    addSuggestedFactor(b, "legitimacy", { authorId: "pb", createdAt: 2 });
    addFactor(a, "f1", { text: "Trust of the municipality", authorId: "pa", createdAt: 3 });
    addFactor(b, "f2", { text: "A paid coordinator", authorId: "pb", createdAt: 4 });
    syncAll([a, b]);
    expect(readAddedFactors(a).sort((x, y) => x.createdAt - y.createdAt)).toEqual(readAddedFactors(b).sort((x, y) => x.createdAt - y.createdAt));
    expect(readAddedFactors(a).filter((f) => f.suggestionId === "legitimacy")).toHaveLength(1);
    expect(readAddedFactors(a)).toHaveLength(3);
    expect(() => addFactor(a, "f3", { text: " ", authorId: "pa", createdAt: 5 })).toThrow();
  });
});

describe("control: step-3 decisions", () => {
  it("tags and priority set from two facilitator tabs merge per field and converge", async () => {
    const { decideDimension, readDecisions, readPhases, setPhases } = await import("./index");
    const [a, b] = replicas(2) as [Y.Doc, Y.Doc];
    decideDimension(a, "financial-model", { bottleneck: true });
    syncAll([a, b]);
    decideDimension(a, "financial-model", { priority: "first", rationale: "Blocks everything" });
    decideDimension(b, "financial-model", { feasible: true });
    setPhases(b, { timeframe: "by end of 2026" });
    syncAll([a, b]);
    expect(readDecisions(a)).toEqual(readDecisions(b));
    expect(readDecisions(a)["financial-model"]).toEqual({ bottleneck: true, leverage: false, feasible: true, priority: "first", rationale: "Blocks everything" });
    expect(readPhases(a)).toEqual({ timeframe: "by end of 2026", secondPhaseTimeframe: "" });
    decideDimension(b, "financial-model", { priority: null });
    syncAll([a, b]);
    expect(readDecisions(a)["financial-model"]?.priority).toBeNull();
    expect(() => decideDimension(a, "x", { priority: "third" as never })).toThrow();
  });
});
