import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "../db/sqlite";
import type { DocStore } from "../db/types";
import { roomName } from "../sync/rooms";
import {
  addMeasure,
  addNote,
  addStakeholder,
  decideDimension,
  goodFragment,
  readBoardNotes,
  addIndicator,
  setGoalText,
  setReveal,
  setScore,
  setStep,
  visionFragment,
  writeBallot,
  writeResults,
  type Results,
} from "../sync/schema";
import { participantIdSchema, type WorkshopId } from "../validation/ids";
import type { WorkshopExport } from "../validation/workshop-export";
import { createAccount } from "./accounts";
import { exportWorkshop } from "./export";
import { exportCsv } from "./export-csv";
import { importWorkshop } from "./import";
import { joinWorkshop } from "./join";
import { readStored } from "./stored-docs";
import { createWorkshop } from "./workshops";

const opts = { secret: "k".repeat(40), syncUrl: "ws://h:3001" };

/** Writes into a stored document the way the sync server does: every update appended to the log. */
async function edit(docs: DocStore, name: string, change: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  const pending: Promise<number>[] = [];
  doc.on("update", (u: Uint8Array) => pending.push(docs.appendUpdate(name, u)));
  change(doc);
  await Promise.all(pending);
  doc.destroy();
}

async function seededWorkshop() {
  const stores = openSqlite(":memory:");
  const created = await createAccount(stores.app, { email: "f@example.org", password: "0123456789", name: "Fran" });
  if (!created.ok) throw new Error("account");
  const importer = await createAccount(stores.app, { email: "g@example.org", password: "0123456789", name: "Gosia" });
  if (!importer.ok) throw new Error("account");
  const workshop = await createWorkshop(stores.app, created.user.id, { title: "Pomorskie — żółć", region: "Pomorskie", mode: "evaluate" }, 1000);
  await stores.app.inviteFacilitator({ workshopId: workshop.id, email: "co@example.org", invitedBy: created.user.id, createdAt: 1 });
  const ala = await joinWorkshop(stores.app, { code: workshop.joinCode, name: "Ala Łęcka", sector: "public", organisation: "Urząd" }, { ...opts, now: 2000 });
  const ben = await joinWorkshop(stores.app, { code: workshop.joinCode, name: "Ben", sector: "academia", organisation: "" }, { ...opts, now: 3000 });
  if (!ala.ok || !ben.ok) throw new Error("join");
  const w = workshop.id;
  await edit(stores.docs, roomName({ kind: "board", workshopId: w }), (doc) => {
    addNote(doc, "n1", { promptId: "people-skills", text: "Zespół 3 osób", sector: "public", authorId: ala.participant.id, authorName: "Ala Łęcka", createdAt: 5 });
    addStakeholder(doc, "s1", { name: "Urząd Marszałkowski", sector: "public", influence: 3, connection: 2, value: "funding", authorId: ben.participant.id, createdAt: 6 });
    const p = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    text.insert(0, "A shared ");
    text.insert(9, "vision", { bold: true });
    p.insert(0, [text]);
    const h = new Y.XmlElement("heading");
    h.setAttribute("level", 2 as unknown as string);
    h.insert(0, [new Y.XmlText("Cel")]);
    visionFragment(doc).insert(0, [h, p]);
    goodFragment(doc, "financial-model").insert(0, [new Y.XmlElement("paragraph")]);
    setGoalText(doc, "financial-model", "statement", "Do końca 2027 r. 3 źródła finansowania");
    addIndicator(doc, "i1", { goalId: "financial-model", name: "Źródła", baseline: "1", target: "3", unit: "", source: "budżet", createdAt: 7 });
    addMeasure(doc, "m1", { goalId: "financial-model", type: "partnerships", text: "Rundy z partnerami", owner: "Ala", contributors: "", resources: { time: "2 dni" }, exampleId: null, createdAt: 8 });
  });
  await edit(stores.docs, roomName({ kind: "control", workshopId: w }), (doc) => {
    setStep(doc, 3);
    setReveal(doc, "baseline", true);
    decideDimension(doc, "financial-model", { priority: "first", rationale: "biggest gap", bottleneck: true });
  });
  const results: Results = {
    baseline: { revealed: true, respondents: 2, dimensions: { "financial-model": { n: 2, notAssessed: 0, median: 2.5, q1: 2.25, q3: 2.75, min: 2, max: 3 } },
      individual: [{ participantId: ala.participant.id, scores: { "financial-model": 2 } }] },
    target: { revealed: false, respondents: 1 },
    votes: { revealed: false, voters: 1 },
  };
  await edit(stores.docs, roomName({ kind: "results", workshopId: w }), (doc) => void writeResults(doc, results));
  await edit(stores.docs, roomName({ kind: "private", workshopId: w, participantId: ala.participant.id }), (doc) => {
    setScore(doc, "baseline", "financial-model", 2);
    setScore(doc, "target", "financial-model", 4);
    writeBallot(doc, { "financial-model": 2, "membership-model": 1 });
  });
  await edit(stores.docs, roomName({ kind: "private", workshopId: w, participantId: ben.participant.id }), (doc) => setScore(doc, "baseline", "financial-model", 3));
  await stores.app.removeParticipant(w, ben.participant.id, 4000);
  return { ...stores, workshop, importer: importer.user, ala: ala.participant, ben: ben.participant };
}

/** An export with everything that must differ between two workshops (ids, code, dates of the copy) replaced by positions. */
function comparable(data: WorkshopExport) {
  const ids = new Map(data.participants.map((p, i) => [p.id, `participant-${i}`]));
  const json = JSON.stringify({ ...data, exportedAt: null, workshop: { ...data.workshop, id: null, joinCode: null, createdAt: null } });
  return JSON.parse([...ids].reduce((s, [id, alias]) => s.replaceAll(id, alias), json)) as unknown;
}

describe("workshop export and import", () => {
  it("exports everything, and export → import → export gives the same content", async () => {
    const { app, docs, close, workshop, importer, ala } = await seededWorkshop();
    const first = await exportWorkshop(app, docs, workshop, 10_000);
    expect(first.participants.map((p) => [p.name, p.sector, p.removed])).toEqual([["Ala Łęcka", "public", false], ["Ben", "academia", true]]);
    expect(first.participants[0]?.inputs).toEqual({ scores: { baseline: { "financial-model": 2 }, target: { "financial-model": 4 } }, ballot: { "financial-model": 2, "membership-model": 1 } });
    expect(Object.keys(first.documents.board)).toEqual(expect.arrayContaining(["good-financial-model", "notes", "stakeholders", "vision", "goal-financial-model-statement", "goal-indicators", "plan-measures"]));
    expect(first.goals).toEqual([expect.objectContaining({ dimensionId: "financial-model", statement: "Do końca 2027 r. 3 źródła finansowania" })]);
    expect(first.plans).toEqual([expect.objectContaining({ measures: [expect.objectContaining({ owner: "Ala", resources: { time: "2 dni" } })] })]);
    expect(first.control).toMatchObject({ step: 3, reveal: { baseline: true } });

    const imported = await importWorkshop(app, docs, JSON.parse(JSON.stringify(first)), importer, 20_000);
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.workshop.id).not.toBe(workshop.id);
    expect(imported.workshop.ownerId).toBe(importer.id);
    const second = await exportWorkshop(app, docs, imported.workshop, 30_000);
    expect(comparable(second)).toEqual(comparable(first));
    // New participant ids throughout: in the rows, the private rooms and the board's authorship.
    const newAla = second.participants[0]?.id ?? "";
    expect(newAla).not.toBe(ala.id);
    const notes = await readStored(docs, roomName({ kind: "board", workshopId: imported.workshop.id }), readBoardNotes);
    expect(notes.map((n) => n.authorId)).toEqual([newAla]);
    expect(JSON.stringify(second)).not.toContain(ala.id);
    // The imported participants cannot rejoin as themselves: no device secret came along.
    expect((await app.findParticipant(participantIdSchema.parse(newAla)))?.deviceSecretHash).toBeNull();
    close();
  });

  it("writes scores, votes, goals and actions as one CSV for Excel", async () => {
    const { app, docs, close, workshop } = await seededWorkshop();
    const csv = exportCsv(await exportWorkshop(app, docs, workshop), { dimensions: { "financial-model": "Model finansowy" }, sectors: { public: "Sektor publiczny" }, notAssessed: "nie oceniono" });
    expect(csv.startsWith("\uFEFFtable,dimension_id,dimension,participant,sector,organisation,item,field,value\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toContain("score,financial-model,Model finansowy,Ala Łęcka,Sektor publiczny,Urząd,,baseline,2");
    expect(lines).toContain("vote,financial-model,Model finansowy,Ala Łęcka,Sektor publiczny,Urząd,,dots,2");
    expect(lines).toContain("goal,financial-model,Model finansowy,,,,,statement,Do końca 2027 r. 3 źródła finansowania");
    expect(lines).toContain("indicator,financial-model,Model finansowy,,,,Źródła,target,3");
    expect(lines).toContain("action,financial-model,Model finansowy,,,,Rundy z partnerami,owner,Ala");
    expect(lines).toContain("action,financial-model,Model finansowy,,,,Rundy z partnerami,resource:time,2 dni");
    close();
  });

  it("refuses a file that does not fit, with readable reasons, and creates nothing", async () => {
    const { app, docs, close, workshop, importer } = await seededWorkshop();
    const good = await exportWorkshop(app, docs, workshop);
    const before = (await app.listWorkshops(importer.id)).length;
    const attempts: [unknown, RegExp][] = [
      [{ hello: "world" }, /format/],
      [{ ...good, exportVersion: 1 }, /export version 2/],
      [{ ...good, workshop: { ...good.workshop, title: "" } }, /workshop\.title/],
      [{ ...good, participants: [{ ...good.participants[0], inputs: { scores: { baseline: { x: 9 }, target: {} }, ballot: {} } }] }, /participants\.0\.inputs\.scores\.baseline\.x/],
      [{ ...good, documents: { ...good.documents, board: { vision: { kind: "xmlFragment", children: [{ t: "map", entries: {} }] } } } }, /documents: an XML fragment/],
      [{ ...good, participants: [good.participants[0], good.participants[0]] }, /same participant id/],
    ];
    for (const [input, message] of attempts) {
      const result = await importWorkshop(app, docs, input, importer);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
    expect((await app.listWorkshops(importer.id)).length).toBe(before);
    close();
  });

  it("leaves nothing behind when storing fails midway", async () => {
    const { app, docs, close, workshop, importer } = await seededWorkshop();
    const good = await exportWorkshop(app, docs, workshop);
    let appends = 0;
    const failing: DocStore = { ...docs, appendUpdate: async (name, u) => (++appends === 2 ? Promise.reject(new Error("disk full")) : docs.appendUpdate(name, u)) };
    await expect(importWorkshop(app, failing, good, importer)).rejects.toThrow("disk full");
    expect(await app.listWorkshops(importer.id)).toEqual([]);
    const names = await docs.listDocs("w/");
    expect(names.every((n) => n.startsWith(`w/${workshop.id as WorkshopId}/`))).toBe(true);
    close();
  });
});
