import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { participantRooms } from "../lib/sync/rooms";
import { encodeAwarenessEntries } from "./awareness-codec";
import { encodeAwareness, encodeUpdate } from "./protocol";
import { metricValue, scrape } from "./test-fixtures";
import { freshWorkshop, startServer, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openRaw } from "./test-clients";

let t: TestServer;
beforeAll(async () => {
  t = await startServer({ unloadGraceMs: 20, maxConnectionsPerIpPerMinute: 1_000_000 });
});
afterAll(async () => {
  await t.close();
});

/** Pending timers of this process (Node's own view of its event loop). */
function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

/** A small update for a room: a bit of text from a fresh client. */
function someUpdate(i: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, `room ${i}`);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
}

describe("memory", () => {
  it("returns to zero rooms, watches, connections and extra timers after 1,000 rooms were opened and closed", async () => {
    const before = { timers: timers(), heap: process.memoryUsage().heapUsed };
    expect(t.server.stats()).toMatchObject({ connections: 0, rooms: 0, workshops: 0, occupiedRooms: 0 });

    const targets: { room: string; token: string }[] = [];
    for (let i = 0; i < 250; i++) {
      const w = freshWorkshop();
      const rooms = participantRooms(w.wid, w.p1);
      const p1 = await tokenFor("participant", w.wid, w.p1);
      targets.push({ room: rooms.board, token: p1 }, { room: rooms.private, token: p1 }, { room: rooms.control, token: p1 });
      targets.push({ room: participantRooms(w.wid, w.p2).private, token: await tokenFor("participant", w.wid, w.p2) });
    }
    expect(new Set(targets.map((x) => x.room)).size).toBe(1000);

    let peak = 0;
    for (let start = 0; start < targets.length; start += 50) {
      peak = Math.max(peak, t.server.stats().rooms);
      await Promise.all(
        targets.slice(start, start + 50).map(async ({ room, token }, k) => {
          const client = openRaw(t.url, room, token);
          await client.opened;
          // Wait for the greeting (the room is loaded and attached), write, announce awareness, leave.
          await waitFor(() => expect(client.messages.length).toBeGreaterThan(0));
          peak = Math.max(peak, t.server.stats().rooms);
          client.ws.send(someUpdate(start + k));
          client.ws.send(encodeAwareness(encodeAwarenessEntries([{ clientId: 1 + start + k, clock: 1, state: { here: true } }])));
          client.ws.close();
          await client.closed;
        }),
      );
    }
    expect(peak).toBeGreaterThan(0);

    await waitFor(() => expect(t.server.stats()).toMatchObject({ connections: 0, rooms: 0, workshops: 0, occupiedRooms: 0 }), 20_000);
    expect(metricValue(await scrape(t.url), "csei_sync_rooms_loaded")).toBe(0);
    expect(metricValue(await scrape(t.url), "csei_sync_connections", 'kind="board"')).toBe(0);
    // Every room's grace timer, awareness interval, batch timer and token-expiry timer is gone.
    await waitFor(() => expect(timers()).toBeLessThanOrEqual(before.timers));
    // A loose sanity bound only: 1,000 rooms of this size would be far more if docs were kept.
    expect(process.memoryUsage().heapUsed - before.heap).toBeLessThan(150 * 1024 * 1024);
    // Every room was loaded, written and stored (compacted to one row) before it went away.
    expect((await t.stores?.docs.listDocs("w/"))?.length).toBeGreaterThanOrEqual(1000);
    const stored = await t.stores?.docs.loadDoc(targets[0]?.room ?? "");
    expect(stored?.updates.length).toBe(1);
  }, 60_000);
});
