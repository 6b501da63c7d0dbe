import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { participantRooms, roomName } from "../lib/sync/rooms";
import { readResults, readScores, setReveal, setScore, writeBallot } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { freshWorkshop, startServer, tempDatabase, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openSynced, serverStateVia, type Client } from "./test-clients";

let t: TestServer;
const opened: Client[] = [];
const [dimA = "", dimB = ""] = DIMENSION_IDS;

beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  for (const c of opened) c.destroy();
  await t.close();
});

async function open(room: string, token: string): Promise<Client> {
  const client = await openSynced(t.url, room, token);
  opened.push(client);
  return client;
}

/** Every way a score could leak from a results document: its JSON and its raw update bytes. */
function leakText(doc: Y.Doc): string {
  return JSON.stringify(doc.getMap("results").toJSON()) + Buffer.from(Y.encodeStateAsUpdate(doc)).toString("latin1");
}

describe("blind rule", () => {
  it("shows only counts before a reveal, aggregates after it, and tallies votes once they are revealed", async () => {
    const w = freshWorkshop();
    const p1Token = await tokenFor("participant", w.wid, w.p1);
    const p2Token = await tokenFor("participant", w.wid, w.p2);
    const p1Rooms = participantRooms(w.wid, w.p1);
    const p2Rooms = participantRooms(w.wid, w.p2);
    const facilitatorControl = await open(roomName({ kind: "control", workshopId: w.wid }), await tokenFor("facilitator", w.wid, w.facilitator));
    const p1Results = await open(p1Rooms.results, p1Token);
    const p1Private = await open(p1Rooms.private, p1Token);
    const p2Private = await open(p2Rooms.private, p2Token);

    setScore(p1Private.doc, "baseline", dimA, 4);
    setScore(p1Private.doc, "baseline", dimB, 0);
    setScore(p2Private.doc, "baseline", dimA, 2);
    await waitFor(() => expect(readResults(p1Results.doc).baseline).toEqual({ revealed: false, respondents: 2 }));
    expect(p1Results.doc.getMap("results").get("baseline")).not.toHaveProperty("dimensions");
    expect(leakText(p1Results.doc)).not.toContain("median");
    expect(leakText(p1Results.doc)).not.toContain(dimA);

    setReveal(facilitatorControl.doc, "baseline", true);
    await waitFor(() => {
      const baseline = readResults(p1Results.doc).baseline;
      if (!baseline.revealed) throw new Error("not revealed yet");
      expect(baseline.respondents).toBe(2);
      expect(baseline.dimensions[dimA]).toMatchObject({ n: 2, median: 3, min: 2, max: 4 });
      expect(baseline.dimensions[dimB]).toMatchObject({ n: 0, notAssessed: 1, median: null });
      // Anonymous by default: no individual sheets.
      expect(baseline.individual).toBeUndefined();
    });
    expect(readResults(p1Results.doc).target).toEqual({ revealed: false, respondents: 0 });

    writeBallot(p1Private.doc, { [dimA]: 2, [dimB]: 1 });
    writeBallot(p2Private.doc, { [dimA]: 1 });
    await waitFor(() => expect(readResults(p1Results.doc).votes).toEqual({ revealed: false, voters: 2 }));
    expect(JSON.stringify(p1Results.doc.getMap("results").get("votes"))).not.toContain("tally");

    setReveal(facilitatorControl.doc, "votes", true);
    await waitFor(() => {
      const votes = readResults(p1Results.doc).votes;
      if (!votes.revealed) throw new Error("votes not revealed yet");
      expect(votes.voters).toBe(2);
      expect(votes.tally[dimA]).toBe(3);
      expect(votes.tally[dimB]).toBe(1);
    });

    // Hiding again removes the aggregates from the document (and from what a newcomer receives).
    setReveal(facilitatorControl.doc, "baseline", false);
    await waitFor(() => expect(readResults(p1Results.doc).baseline).toEqual({ revealed: false, respondents: 2 }));
    const newcomer = await open(p2Rooms.results, p2Token);
    expect(readResults(newcomer.doc).baseline).toEqual({ revealed: false, respondents: 2 });
    expect(leakText(newcomer.doc)).not.toContain("median");
  });

  it("counts stored private documents of participants who are not connected", async () => {
    const db = tempDatabase();
    const w = freshWorkshop();
    const p1Token = await tokenFor("participant", w.wid, w.p1);
    const first = await startServer({ file: db.file });
    const p1Private = await openSynced(first.url, participantRooms(w.wid, w.p1).private, p1Token);
    setScore(p1Private.doc, "target", dimA, 5);
    await waitFor(async () => expect(readScores(await serverStateVia(p1Private), "target")[dimA]).toBe(5));
    p1Private.destroy();
    await first.close();

    // A fresh process knows nothing loaded: the hub must find p1's stored document by listing.
    const second = await startServer({ file: db.file });
    try {
      const facilitator = await openSynced(second.url, roomName({ kind: "control", workshopId: w.wid }), await tokenFor("facilitator", w.wid, w.facilitator));
      const p2Results = await openSynced(second.url, participantRooms(w.wid, w.p2).results, await tokenFor("participant", w.wid, w.p2));
      opened.push(facilitator, p2Results);
      await waitFor(() => expect(readResults(p2Results.doc).target).toEqual({ revealed: false, respondents: 1 }));
      setReveal(facilitator.doc, "target", true);
      await waitFor(() => {
        const target = readResults(p2Results.doc).target;
        if (!target.revealed) throw new Error("not revealed yet");
        expect(target.dimensions[dimA]?.median).toBe(5);
      });
    } finally {
      await second.close();
      db.cleanup();
    }
  });
});
