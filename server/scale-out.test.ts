import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { TEST_BACKENDS, type StorePlace } from "../lib/db/test-backends";
import { participantRooms } from "../lib/sync/rooms";
import { readResults, setReveal, setScore } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { dropPrefix, freshPrefix, scaleOutEnv, SHARED_REDIS_URL } from "./scale-out-fixtures";
import { metricValue, scrape, seedWorkshop, spawnServer, type ChildServer } from "./test-fixtures";
import { freshWorkshop, rowCounts, tempDatabase, testScope, tokenFor, waitFor } from "./test-helpers";
import { openClient, openSynced, serverStateVia } from "./test-clients";

const [dim = ""] = DIMENSION_IDS;
const scope = testScope();
const prefix = freshPrefix();
afterAll(() => dropPrefix(SHARED_REDIS_URL, prefix));

async function healthy(url: string): Promise<void> {
  await waitFor(async () => expect((await fetch(`${url.replace("ws://", "http://")}/healthz`)).status).toBe(200), 10_000, 50);
}

async function spawned(place: StorePlace): Promise<ChildServer> {
  // A long lease: one results writer for the whole test, however slow a loaded machine makes the renewals.
  const child = await spawnServer(place.dataDir, { ...place.env, ...scaleOutEnv(SHARED_REDIS_URL, prefix, { SYNC_RESULTS_LEASE_MS: "20000" }) });
  scope.defer(async () => {
    if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL");
    await child.exited;
  });
  return child;
}

/** A document's stored rows, read through a freshly opened store. */
async function storedRows(place: StorePlace, name: string): Promise<Uint8Array[]> {
  const stores = await place.open();
  try {
    return (await stores.docs.loadDoc(name)).updates;
  } finally {
    await stores.close();
  }
}

/** The client ids whose structs are in a document's stored updates (who wrote it). */
async function writersOf(place: StorePlace, name: string): Promise<Set<number>> {
  return new Set((await storedRows(place, name)).flatMap((row) => Y.decodeUpdate(row).structs.map((s) => s.id.client)));
}

describe("scale-out over Redis", () => {
  it("a process that loads a room another holds syncs from it before answering its first client, and stores only what it accepted", async () => {
    // Two databases, so the second process can learn the first's changes only from the first process itself;
    // anti-entropy is off (10 min) so only the load-time sync can be what brought them.
    const [dbA, dbB] = [tempDatabase(), tempDatabase()];
    scope.defer(() => dbA.cleanup());
    scope.defer(() => dbB.cleanup());
    const redis = { url: SHARED_REDIS_URL, prefix };
    const a = await scope.server({ file: dbA.file, redis, antiEntropyMs: 600_000 });
    const b = await scope.server({ file: dbB.file, redis, antiEntropyMs: 600_000 });
    await healthy(a.url);
    await healthy(b.url);
    const w = freshWorkshop();
    const { board } = participantRooms(w.wid, w.p1);
    const first = scope.track(await openSynced(a.url, board, await tokenFor("participant", w.wid, w.p1)));
    for (let i = 0; i < 5; i++) first.doc.getArray<number>("n").push([i]);
    expect((await serverStateVia(first)).getArray("n").length).toBe(5);

    const second = scope.track(openClient(b.url, board, await tokenFor("participant", w.wid, w.p2)));
    const atFirstSync = await new Promise<number[]>((resolve) => {
      second.provider.on("sync", (synced: boolean) => {
        if (synced) resolve(second.doc.getArray<number>("n").toArray());
      });
    });
    expect(atFirstSync).toEqual([0, 1, 2, 3, 4]);

    second.doc.getArray<number>("n").push([5]);
    await waitFor(() => expect(first.doc.getArray("n").toArray()).toEqual([0, 1, 2, 3, 4, 5]));
    expect(rowCounts(dbA.file).get(board)).toBe(5);
    expect(rowCounts(dbB.file).get(board)).toBe(1);
    const metrics = await scrape(b.url);
    expect(metricValue(metrics, "csei_sync_redis_connected")).toBe(1);
    expect(metricValue(metrics, "csei_sync_relay_messages_total", 'direction="in",kind="sv-reply"')).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, "csei_sync_relay_messages_total", 'direction="out",kind="update"')).toBeGreaterThanOrEqual(1);
    expect(metricValue(metrics, "csei_sync_redis_lag_seconds_count")).toBeGreaterThan(0);
  }, 60_000);
});

describe.each(TEST_BACKENDS)("two sync processes over one database ($kind)", (backend) => {
  it("clients on each converge, see each other's presence, each update is stored once, and results are written by one process", async () => {
    const place = await backend.place();
    scope.defer(() => place.cleanup());
    const stores = await place.open();
    const w = await seedWorkshop(stores.app);
    await stores.close();
    const a = await spawned(place);
    const b = await spawned(place);
    const rooms1 = participantRooms(w.wid, w.p1);
    const rooms2 = participantRooms(w.wid, w.p2);
    const [t1, t2, tf] = await Promise.all([tokenFor("participant", w.wid, w.p1), tokenFor("participant", w.wid, w.p2), tokenFor("facilitator", w.wid, w.facilitator)]);

    const onA = scope.track(await openSynced(a.url, rooms1.board, t1));
    const onB = scope.track(await openSynced(b.url, rooms2.board, t2));
    for (let i = 0; i < 20; i++) {
      onA.doc.getArray<string>("n").push([`a${i}`]);
      onB.doc.getArray<string>("n").push([`b${i}`]);
    }
    await waitFor(() => {
      expect(onA.doc.getArray("n").length).toBe(40);
      expect(onB.doc.getArray("n").toArray()).toEqual(onA.doc.getArray("n").toArray());
    }, 20_000);
    // Each update is stored once, by the process that accepted it from its client.
    await waitFor(async () => expect(await storedRows(place, rooms1.board)).toHaveLength(40));

    onA.provider.awareness.setLocalStateField("cursor", { anchor: 3 });
    await waitFor(() => {
      const seen = onB.provider.awareness.getStates().get(onA.doc.clientID);
      expect(seen).toMatchObject({ cursor: { anchor: 3 }, user: { participantId: w.p1, role: "participant" } });
    }, 10_000);
    onA.provider.awareness.setLocalState(null);
    await waitFor(() => expect(onB.provider.awareness.getStates().has(onA.doc.clientID)).toBe(false), 10_000);

    // Scores on two processes, reveal on one, results read on the other.
    const private1 = scope.track(await openSynced(a.url, rooms1.private, t1));
    const private2 = scope.track(await openSynced(b.url, rooms2.private, t2));
    const control = scope.track(await openSynced(b.url, rooms1.control, tf));
    const results = scope.track(await openSynced(a.url, rooms1.results, tf));
    setScore(private1.doc, "baseline", dim, 2);
    setScore(private2.doc, "baseline", dim, 4);
    await waitFor(() => expect(readResults(results.doc).baseline).toEqual({ revealed: false, respondents: 2 }), 20_000);
    setReveal(control.doc, "baseline", true);
    await waitFor(() => expect(readResults(results.doc).baseline).toMatchObject({ revealed: true, respondents: 2 }), 20_000);
    expect((await writersOf(place, rooms1.results)).size).toBe(1);
  }, 90_000);
});
