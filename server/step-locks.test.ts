import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { participantRooms, roomName } from "../lib/sync/rooms";
import { readControl, readResults, readScores, setLocked, setReveal, setScore } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { encodeUpdate } from "./protocol";
import { openRaw, openSynced, serverStateVia, type Client, type RawClient } from "./test-clients";
import { freshWorkshop, startServer, tokenFor, waitFor, type TestServer } from "./test-helpers";

const [dim = ""] = DIMENSION_IDS;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

async function server(): Promise<TestServer> {
  const t = await startServer();
  cleanups.push(() => t.close());
  return t;
}

async function synced(t: TestServer, room: string, token: string): Promise<Client> {
  const client = await openSynced(t.url, room, token);
  cleanups.push(() => client.destroy());
  return client;
}

/** A participant's private document written by a bare socket: what a modified client could send, no UI in the way. */
async function rawWriter(t: TestServer, room: string, token: string) {
  const raw: RawClient = openRaw(t.url, room, token);
  cleanups.push(() => raw.ws.terminate());
  await raw.opened;
  const doc = new Y.Doc();
  doc.on("update", (update: Uint8Array) => raw.ws.send(encodeUpdate(update)));
  return doc;
}

function median(results: ReturnType<typeof readResults>, profile: "baseline" | "target"): number | null | undefined {
  const p = results[profile];
  if (!p.revealed) throw new Error(`${profile} not revealed`);
  return p.dimensions[dim]?.median;
}

describe("step locks on private inputs (server-enforced)", () => {
  it("does not count a change made to a locked step's input, counts other steps live, and counts again after unlock", async () => {
    const t = await server();
    const w = freshWorkshop();
    const p1 = await tokenFor("participant", w.wid, w.p1);
    const p2 = await tokenFor("participant", w.wid, w.p2);
    const control = await synced(t, roomName({ kind: "control", workshopId: w.wid }), await tokenFor("facilitator", w.wid, w.facilitator));
    const results = await synced(t, participantRooms(w.wid, w.p2).results, p2);
    const p1Own = await synced(t, participantRooms(w.wid, w.p1).private, p1);
    const p2Private = await synced(t, participantRooms(w.wid, w.p2).private, p2);
    const p1Raw = await rawWriter(t, participantRooms(w.wid, w.p1).private, p1);
    setReveal(control.doc, "baseline", true);
    setReveal(control.doc, "target", true);

    setScore(p1Raw, "baseline", dim, 2);
    setScore(p2Private.doc, "baseline", dim, 4);
    await waitFor(() => expect(median(readResults(results.doc), "baseline")).toBe(3));

    // The facilitator locks step 1 (baseline); the server has applied the lock once it reports it back.
    setLocked(control.doc, 1, true);
    await waitFor(async () => expect(readControl(await serverStateVia(control)).locked).toEqual([1]));

    // p1's bare socket changes the locked baseline, then the unlocked target (step 2), in that order.
    setScore(p1Raw, "baseline", dim, 5);
    setScore(p1Raw, "target", dim, 3);
    // Once the target counts, the derivation ran after the late baseline write too.
    await waitFor(() => expect(median(readResults(results.doc), "target")).toBe(3));
    expect(median(readResults(results.doc), "baseline")).toBe(3);
    // The write did reach p1's document (the server stored it); it just does not count while locked.
    expect(readScores(await serverStateVia(p1Own), "baseline")[dim]).toBe(5);

    // Unlocking counts current inputs again.
    setLocked(control.doc, 1, false);
    await waitFor(() => expect(median(readResults(results.doc), "baseline")).toBe(4.5));
  });
});
