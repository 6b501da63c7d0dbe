import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "../lib/db/sqlite";
import { participantRooms } from "../lib/sync/rooms";
import { readScores, setScore } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { seedWorkshop, spawnServer, type ChildServer } from "./test-fixtures";
import { rowCounts, tokenFor, waitFor } from "./test-helpers";
import { openSynced, serverStateVia, type Client } from "./test-clients";

const [dim = ""] = DIMENSION_IDS;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

/** A data directory with a seeded workshop, as the web app would have left it. */
async function seededDataDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "csei-durable-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "csei.sqlite");
  const stores = openSqlite(file);
  try {
    const pragmas = { journal: stores.db.pragma("journal_mode", { simple: true }), synchronous: stores.db.pragma("synchronous", { simple: true }) };
    expect(pragmas).toEqual({ journal: "wal", synchronous: 2 }); // 2 = FULL
    return { dir, file, w: await seedWorkshop(stores.app) };
  } finally {
    stores.close();
  }
}

async function spawned(dir: string): Promise<ChildServer> {
  const child = await spawnServer(dir);
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

describe("durability of the real server process", () => {
  it("on SIGTERM closes clients with 1012, stores and compacts, exits 0, and serves everything after a restart", async () => {
    const { dir, file, w } = await seededDataDir();
    const rooms = participantRooms(w.wid, w.p1);
    const token = await tokenFor("participant", w.wid, w.p1);
    const first = await spawned(dir);
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
    const counts = rowCounts(file);
    expect(counts.get(rooms.board)).toBe(1);
    expect(counts.get(rooms.private)).toBe(1);

    const second = await spawned(dir);
    const freshBoard = track(await openSynced(second.url, rooms.board, await tokenFor("participant", w.wid, w.p2)));
    expect(freshBoard.doc.getArray<number>("n").toArray()).toEqual([...Array(30).keys()]);
    const freshPriv = track(await openSynced(second.url, rooms.private, token));
    expect(readScores(freshPriv.doc, "baseline")[dim]).toBe(4);
  }, 60_000);

  it("after kill -9 mid-session keeps every update another client had already received", async () => {
    const { dir, w } = await seededDataDir();
    const board = participantRooms(w.wid, w.p1).board;
    const first = await spawned(dir);
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

    const second = await spawned(dir);
    const fresh = track(await openSynced(second.url, board, await tokenFor("facilitator", w.wid, w.facilitator)));
    const recovered = fresh.doc.getArray<number>("log").toArray();
    expect(recovered.slice(0, acknowledged.length)).toEqual(acknowledged);
    expect(recovered).toEqual([...Array(recovered.length).keys()]);
  }, 60_000);
});
