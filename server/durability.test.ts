import { afterEach, describe, expect, it } from "vitest";
import { storedRowCount, TEST_BACKENDS, type StorePlace, type TestBackend } from "../lib/db/test-backends";
import { participantRooms } from "../lib/sync/rooms";
import { readScores, setScore } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { seedWorkshop, spawnServer, type ChildServer } from "./test-fixtures";
import { tokenFor, waitFor } from "./test-helpers";
import { openSynced, serverStateVia, type Client } from "./test-clients";

const [dim = ""] = DIMENSION_IDS;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

/** An empty database (SQLite file in a data directory, or a PostgreSQL schema) with a seeded workshop. */
async function seededPlace(backend: TestBackend) {
  const place = await backend.place();
  cleanups.push(() => place.cleanup());
  const stores = await place.open();
  try {
    return { place, w: await seedWorkshop(stores.app) };
  } finally {
    await stores.close();
  }
}

async function spawned(place: StorePlace): Promise<ChildServer> {
  const child = await spawnServer(place.dataDir, place.env);
  cleanups.push(async () => {
    if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL");
    await child.exited;
  });
  return child;
}

function track(client: Client): Client {
  cleanups.push(() => client.destroy());
  return client;
}

describe.each(TEST_BACKENDS)("durability of the real server process ($kind)", (backend) => {
  it("on SIGTERM closes clients with 1012, stores and compacts, exits 0, and serves everything after a restart", async () => {
    const { place, w } = await seededPlace(backend);
    const rooms = participantRooms(w.wid, w.p1);
    const token = await tokenFor("participant", w.wid, w.p1);
    const first = await spawned(place);
    const board = track(await openSynced(first.url, rooms.board, token));
    const priv = track(await openSynced(first.url, rooms.private, token));
    const closes: (number | undefined)[] = [];
    board.provider.on("connection-close", (event: CloseEvent | null) => closes.push(event?.code));
    for (let i = 0; i < 30; i++) board.doc.getArray<number>("n").push([i]);
    setScore(priv.doc, "baseline", dim, 4);
    expect((await serverStateVia(board)).getArray("n").length).toBe(30);
    expect(readScores(await serverStateVia(priv), "baseline")[dim]).toBe(4);

    first.process.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(closes).toContain(1012);
    board.destroy();
    priv.destroy();
    expect(await storedRowCount(place, rooms.board)).toBe(1);
    expect(await storedRowCount(place, rooms.private)).toBe(1);

    const second = await spawned(place);
    const freshBoard = track(await openSynced(second.url, rooms.board, await tokenFor("participant", w.wid, w.p2)));
    expect(freshBoard.doc.getArray<number>("n").toArray()).toEqual([...Array(30).keys()]);
    const freshPriv = track(await openSynced(second.url, rooms.private, token));
    expect(readScores(freshPriv.doc, "baseline")[dim]).toBe(4);
  }, 60_000);

  it("after kill -9 mid-session keeps every update another client had already received", async () => {
    const { place, w } = await seededPlace(backend);
    const board = participantRooms(w.wid, w.p1).board;
    const first = await spawned(place);
    const writer = track(await openSynced(first.url, board, await tokenFor("participant", w.wid, w.p1)));
    const reader = track(await openSynced(first.url, board, await tokenFor("participant", w.wid, w.p2)));
    let next = 0;
    const writing = setInterval(() => writer.doc.getArray<number>("log").push([next++]), 2);
    cleanups.push(() => clearInterval(writing));

    // The reader sees a write only after the server appended it: these are the acknowledged updates.
    await waitFor(() => expect(reader.doc.getArray("log").length).toBeGreaterThan(300), 15_000);
    first.process.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    clearInterval(writing);
    await waitFor(() => expect(reader.provider.wsconnected).toBe(false));
    // Nothing can arrive any more: this is everything the dead server ever sent to the reader.
    const acknowledged = reader.doc.getArray<number>("log").toArray();
    writer.destroy();
    reader.destroy();
    expect(next).toBeGreaterThan(acknowledged.length); // the kill really happened mid-stream

    const second = await spawned(place);
    const fresh = track(await openSynced(second.url, board, await tokenFor("facilitator", w.wid, w.facilitator)));
    const recovered = fresh.doc.getArray<number>("log").toArray();
    expect(recovered.slice(0, acknowledged.length)).toEqual(acknowledged);
    expect(recovered).toEqual([...Array(recovered.length).keys()]);
  }, 60_000);
});
