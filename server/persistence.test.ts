import { afterEach, describe, expect, it } from "vitest";
import { storedRowCount, TEST_BACKENDS, type StorePlace } from "../lib/db/test-backends";
import { participantRooms, roomName } from "../lib/sync/rooms";
import { readControl, readResults, readScores, setReveal, setScore, setStep } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { freshWorkshop, instrumentStore, startServer, storedDoc, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openSynced, serverStateVia, type Client } from "./test-clients";
import type { SyncServerOptions } from "./sync-server";

const [dim = ""] = DIMENSION_IDS;
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

function track<T extends Client>(client: T): T {
  cleanups.push(() => client.destroy());
  return client;
}

/** A fresh empty database of the backend, removed after the test. */
async function freshPlace(backend: (typeof TEST_BACKENDS)[number]): Promise<StorePlace> {
  const place = await backend.place();
  cleanups.push(() => place.cleanup());
  return place;
}

/** A server over its own stores on `place` (as a restarted process would open them); close() closes both. */
async function serverOn(place: StorePlace, options: Partial<Omit<SyncServerOptions, "docs">> = {}): Promise<TestServer> {
  const stores = await place.open();
  const t = await startServer({ ...options, docs: stores.docs });
  return { ...t, close: () => t.close().then(() => stores.close()) };
}

describe.each(TEST_BACKENDS)("persistence ($kind)", (backend) => {
  it("keeps board, control, private scores and results across a restart, compacted to one row each", async () => {
    const place = await freshPlace(backend);
    const w = freshWorkshop();
    const p1 = await tokenFor("participant", w.wid, w.p1);
    const fac = await tokenFor("facilitator", w.wid, w.facilitator);
    const rooms = participantRooms(w.wid, w.p1);

    const first = await serverOn(place);
    const board = await openSynced(first.url, rooms.board, p1);
    const priv = await openSynced(first.url, rooms.private, p1);
    const control = await openSynced(first.url, rooms.control, fac);
    const results = await openSynced(first.url, rooms.results, p1);
    for (let i = 0; i < 20; i++) board.doc.getText("notes").insert(i, "x");
    board.doc.getText("notes").insert(0, "vision:");
    setScore(priv.doc, "baseline", dim, 4);
    setStep(control.doc, 2);
    setReveal(control.doc, "baseline", true);
    await waitFor(() => {
      const baseline = readResults(results.doc).baseline;
      expect(baseline.revealed && baseline.dimensions[dim]?.median).toBe(4);
    });
    expect((await serverStateVia(board)).getText("notes").toString()).toBe(`vision:${"x".repeat(20)}`);
    await first.close();
    for (const c of [board, priv, control, results]) c.destroy();

    // Everything is stored, one snapshot per document.
    for (const name of Object.values(rooms)) expect(await storedRowCount(place, name)).toBe(1);
    const stores = await place.open();
    const storedResults = await storedDoc(stores.docs, rooms.results);
    await stores.close();
    const stored = readResults(storedResults).baseline;
    expect(stored.revealed && stored.dimensions[dim]?.median).toBe(4);

    const second = await serverOn(place);
    cleanups.push(() => second.close());
    const board2 = track(await openSynced(second.url, rooms.board, await tokenFor("participant", w.wid, w.p2)));
    expect(board2.doc.getText("notes").toString()).toBe(`vision:${"x".repeat(20)}`);
    const control2 = track(await openSynced(second.url, rooms.control, p1));
    expect(readControl(control2.doc)).toMatchObject({ step: 2, reveal: { baseline: true } });
    const priv2 = track(await openSynced(second.url, rooms.private, p1));
    expect(readScores(priv2.doc, "baseline")).toEqual({ [dim]: 4 });
    const results2 = track(await openSynced(second.url, rooms.results, p1));
    const after = readResults(results2.doc).baseline;
    expect(after.revealed && after.dimensions[dim]?.median).toBe(4);
  });

  it("compacts every N appends without losing updates that follow the snapshot", async () => {
    const place = await freshPlace(backend);
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const token = await tokenFor("participant", w.wid, w.p1);
    const first = await serverOn(place, { compactEvery: 10 });
    const client = await openSynced(first.url, board, token);
    for (let i = 0; i < 35; i++) client.doc.getArray<number>("n").push([i]);
    await waitFor(async () => expect((await serverStateVia(client)).getArray("n").length).toBe(35));
    expect(await storedRowCount(place, board)).toBeLessThanOrEqual(10);
    client.destroy();
    await first.close();
    expect(await storedRowCount(place, board)).toBe(1);

    const second = await serverOn(place);
    cleanups.push(() => second.close());
    const again = track(await openSynced(second.url, board, token));
    expect(again.doc.getArray<number>("n").toArray()).toEqual([...Array(35).keys()]);
  });

  it("unloads an idle room after the grace period, and a client arriving during the unload gets everything", async () => {
    const place = await freshPlace(backend);
    const opened = await place.open();
    const store = instrumentStore(opened.docs, { compactMs: 200 });
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const token = await tokenFor("participant", w.wid, w.p1);
    const server = await startServer({ docs: store.docs, unloadGraceMs: 50 });
    cleanups.push(() => server.close());

    const a = await openSynced(server.url, board, token);
    a.doc.getText("t").insert(0, "kept across the unload");
    await waitFor(async () => expect((await serverStateVia(a)).getText("t").toString()).toBe("kept across the unload"));
    a.destroy();
    await waitFor(() => expect(store.events).toContain(`compact-start:${board}`));
    expect(store.events).not.toContain(`compact-end:${board}`);

    const b = track(await openSynced(server.url, board, token));
    expect(b.doc.getText("t").toString()).toBe("kept across the unload");
    const boardEvents = store.events.filter((e) => e.endsWith(board));
    expect(boardEvents).toEqual([`load:${board}`, `compact-start:${board}`, `compact-end:${board}`, `load:${board}`]);
    expect(await storedRowCount(place, board)).toBe(1);
  });
});
