import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { openProvider } from "../lib/sync/provider";
import { participantRooms, roomName } from "../lib/sync/rooms";
import { setReveal } from "../lib/sync/schema";
import { decodeAwarenessEntries, encodeAwarenessEntries, type AwarenessEntry } from "./awareness-codec";
import { encodeAwareness } from "./protocol";
import { freshWorkshop, testScope, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { metricValue, scrape } from "./test-fixtures";
import { openRaw, openSynced, type RawClient } from "./test-clients";

const { server, track, defer } = testScope();

async function raw(t: TestServer, room: string, token: string): Promise<RawClient> {
  const client = track(openRaw(t.url, room, token));
  await client.opened;
  return client;
}

/** Every awareness entry a raw client received, frame by frame (empty frames are heartbeats). */
function awarenessFrames(client: RawClient): AwarenessEntry[][] {
  return client.messages.flatMap((m) => {
    const decoder = decoding.createDecoder(m);
    return decoding.readVarUint(decoder) === 1 ? [decodeAwarenessEntries(decoding.readVarUint8Array(decoder))] : [];
  });
}

/** The latest state a raw client was told for a client id (undefined: never told). */
function lastStateOf(client: RawClient, clientId: number): AwarenessEntry["state"] | undefined {
  const entries = awarenessFrames(client).flat().filter((e) => e.clientId === clientId);
  return entries.at(-1)?.state;
}

function send(client: RawClient, entries: AwarenessEntry[]): void {
  client.ws.send(encodeAwareness(encodeAwarenessEntries(entries)));
}

describe("board awareness", () => {
  it("binds one client id per connection and drops entries for any other id", async () => {
    const t = await server();
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const watcher = await raw(t, board, await tokenFor("observer", w.wid, "watcher"));
    const a = await raw(t, board, await tokenFor("participant", w.wid, w.p1));
    send(a, [{ clientId: 1001, clock: 1, state: { cursor: 1 } }]);
    send(a, [
      { clientId: 1002, clock: 1, state: { cursor: "other id" } },
      { clientId: 1001, clock: 2, state: { cursor: 2 } },
    ]);
    await waitFor(() => expect(lastStateOf(watcher, 1001)).toMatchObject({ cursor: 2 }));
    // Somebody else cannot take 1001 over; the same person (a reconnect) can.
    const b = await raw(t, board, await tokenFor("participant", w.wid, w.p2));
    send(b, [{ clientId: 1001, clock: 9, state: { cursor: "hijack" } }]);
    const again = await raw(t, board, await tokenFor("participant", w.wid, w.p1));
    send(again, [{ clientId: 1001, clock: 3, state: { cursor: 3 } }]);
    await waitFor(() => expect(lastStateOf(watcher, 1001)).toMatchObject({ cursor: 3 }));
    expect(awarenessFrames(watcher).flat().some((e) => e.clientId === 1002 || e.state?.["cursor"] === "hijack")).toBe(false);
    // The old socket going away does not remove the state its successor now owns.
    a.ws.close();
    await a.closed;
    send(again, [{ clientId: 1001, clock: 4, state: { cursor: 4 } }]);
    await waitFor(() => expect(lastStateOf(watcher, 1001)).toMatchObject({ cursor: 4 }));
    expect(awarenessFrames(watcher).flat().some((e) => e.clientId === 1001 && e.state === null)).toBe(false);
  });

  it("writes name, role, sector and participant id from the token, whatever the client claims", async () => {
    const t = await server();
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const watcher = await raw(t, board, await tokenFor("observer", w.wid, "watcher"));
    const observer = await raw(t, board, await tokenFor("observer", w.wid, "obs-1"));
    send(observer, [{ clientId: 7, clock: 1, state: { user: { name: "The Facilitator", role: "facilitator", participantId: w.p1, color: "#abcdef" } } }]);
    await waitFor(() => expect(lastStateOf(watcher, 7)).toEqual({ user: { name: "observer obs-", role: "observer", color: "#abcdef" } }));
  });

  it("strips drag before its profile is revealed and relays it after", async () => {
    const t = await server({ awarenessCoalesceMs: 10 });
    const w = freshWorkshop();
    const rooms = participantRooms(w.wid, w.p1);
    const facilitator = track(await openSynced(t.url, rooms.control, await tokenFor("facilitator", w.wid, w.facilitator)));
    const watcher = await raw(t, rooms.board, await tokenFor("participant", w.wid, w.p2));
    const dragger = await raw(t, rooms.board, await tokenFor("participant", w.wid, w.p1));
    const drag = (profile: string, level: number) => ({ dimensionId: "financial-model", level, profile });
    send(dragger, [{ clientId: 55, clock: 1, state: { drag: drag("baseline", 4) } }]);
    await waitFor(() => expect(lastStateOf(watcher, 55)).toBeTruthy());
    expect(lastStateOf(watcher, 55)).not.toHaveProperty("drag");

    setReveal(facilitator.doc, "baseline", true);
    await waitFor(() => {
      send(dragger, [{ clientId: 55, clock: Date.now(), state: { drag: drag("baseline", 3) } }]);
      expect(lastStateOf(watcher, 55)).toHaveProperty("drag", drag("baseline", 3));
    });
    // The target profile is still hidden, and malformed drags never pass.
    send(dragger, [{ clientId: 55, clock: Date.now() + 1, state: { drag: drag("target", 5) } }]);
    await waitFor(() => expect(lastStateOf(watcher, 55)).not.toHaveProperty("drag"));
    send(dragger, [{ clientId: 55, clock: Date.now() + 2, state: { drag: { dimensionId: "x", level: 99, profile: "baseline" } } }]);
    await waitFor(() => expect(awarenessFrames(watcher).flat().filter((e) => e.clientId === 55).length).toBeGreaterThanOrEqual(4));
    expect(lastStateOf(watcher, 55)).not.toHaveProperty("drag");
    const everything = watcher.messages.map((m) => Buffer.from(m).toString("latin1")).join("");
    expect(everything).not.toContain('"level":4');
    expect(everything).not.toContain('"level":5');
  });

  it("coalesces a burst into a few merged frames with the latest state, and never echoes a sender's own state", async () => {
    const t = await server({ awarenessCoalesceMs: 40 });
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const watcher = await raw(t, board, await tokenFor("observer", w.wid, "watcher"));
    const sender = await raw(t, board, await tokenFor("participant", w.wid, w.p1));
    for (let clock = 1; clock <= 50; clock++) send(sender, [{ clientId: 77, clock, state: { cursor: clock } }]);
    await waitFor(() => expect(lastStateOf(watcher, 77)).toMatchObject({ cursor: 50 }));
    const frames = awarenessFrames(watcher).filter((entries) => entries.some((e) => e.clientId === 77));
    expect(frames.length).toBeLessThanOrEqual(5);
    expect(frames.at(-1)).toHaveLength(1);
    expect(awarenessFrames(sender).flat().some((e) => e.clientId === 77)).toBe(false);
  });

  it("sends every idle socket a frame at least every heartbeatMs, on every kind of document", async () => {
    const t = await server({ heartbeatMs: 300 });
    const w = freshWorkshop();
    const rooms = participantRooms(w.wid, w.p1);
    const token = await tokenFor("participant", w.wid, w.p1);
    const arrivals = new Map<RawClient, number[]>();
    for (const room of [rooms.private, rooms.results, rooms.control, rooms.board]) {
      const client = await raw(t, room, token);
      const times: number[] = [];
      client.ws.on("message", () => times.push(Date.now()));
      arrivals.set(client, times);
    }
    await waitFor(() => {
      for (const times of arrivals.values()) expect(times.length).toBeGreaterThanOrEqual(6);
    }, 5000);
    for (const times of arrivals.values()) {
      const gaps = times.slice(1).map((at, i) => at - (times[i] ?? at));
      // 300 ms at most by design; the margin absorbs timer jitter on a busy (2-core, shared) test machine.
      expect(Math.max(...gaps)).toBeLessThan(900);
    }
  });

  it("skips echoes and stale copies of others' states without counting them; a newer forged state is refused and counted", async () => {
    const t = await server();
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const a = await raw(t, board, await tokenFor("participant", w.wid, w.p1));
    const b = await raw(t, board, await tokenFor("participant", w.wid, w.p2));
    const watcher = await raw(t, board, await tokenFor("observer", w.wid, "watcher"));
    send(b, [{ clientId: 202, clock: 1, state: { cursor: "b" } }]);
    send(a, [{ clientId: 101, clock: 1, state: { cursor: 1 } }]);
    await waitFor(() => expect(lastStateOf(b, 101)).toMatchObject({ cursor: 1 }));
    send(a, [{ clientId: 101, clock: 2, state: { cursor: 2 } }]);
    await waitFor(() => expect(lastStateOf(b, 101)).toMatchObject({ cursor: 2 }));
    // The frame b received with a's first state, sent back byte for byte after a newer one (what stock y-websocket
    // clients do): an echo.
    const firstBatch = b.messages.find((m) => {
      const decoder = decoding.createDecoder(m);
      if (decoding.readVarUint(decoder) !== 1) return false;
      return decodeAwarenessEntries(decoding.readVarUint8Array(decoder)).some((e) => e.clientId === 101 && e.clock === 1);
    });
    if (!firstBatch) throw new Error("b never got a's first state");
    const foreign = async () => metricValue(await scrape(t.url), "csei_sync_rejected_writes_total", 'reason="awareness-foreign-client"');
    const before = await foreign();
    b.ws.send(firstBatch);
    // The same batch with 101's state changed but its clock not newer: it could never be applied, so it is skipped too.
    const decoder = decoding.createDecoder(firstBatch);
    decoding.readVarUint(decoder);
    const entries = decodeAwarenessEntries(decoding.readVarUint8Array(decoder));
    send(b, entries.map((e) => (e.clientId === 101 ? { ...e, state: { ...e.state, cursor: "stale" } } : e)));
    // A newer clock for a client b does not own is decoded, refused and counted.
    send(b, [{ clientId: 101, clock: 3, state: { cursor: "tampered" } }]);
    // b's own next state: once the watcher has it, every frame b sent before it has been handled.
    send(b, [{ clientId: 202, clock: 2, state: { cursor: "b2" } }]);
    await waitFor(() => expect(lastStateOf(watcher, 202)).toMatchObject({ cursor: "b2" }));
    expect(await foreign()).toBe(before + 1);
    // None of them reached anybody: a's state stays its newest.
    expect(lastStateOf(watcher, 101)).toMatchObject({ cursor: 2 });
  });
});

describe("our clients' provider (lib/sync/provider.ts)", () => {
  /** Opens a board provider whose outgoing awareness entries are recorded (client ids, in send order). */
  async function recorded(t: TestServer, room: string, token: string, stock: boolean) {
    const doc = new Y.Doc();
    const options = { params: { token }, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket, maxBackoffTime: 200 };
    const provider = stock ? new WebsocketProvider(t.url, room, doc, { ...options, disableBc: true }) : openProvider(t.url, room, doc, options);
    const sentIds: number[] = [];
    await waitFor(() => expect(provider.synced && provider.ws).toBeTruthy());
    const ws = provider.ws;
    if (!ws) throw new Error("no socket");
    const send = ws.send.bind(ws);
    ws.send = (data) => {
      if (data instanceof Uint8Array) {
        const decoder = decoding.createDecoder(data);
        if (decoding.readVarUint(decoder) === 1) sentIds.push(...decodeAwarenessEntries(decoding.readVarUint8Array(decoder)).map((e) => e.clientId));
      }
      send(data);
    };
    defer(() => (provider.destroy(), doc.destroy()));
    return { doc, provider, sentIds };
  }

  it("sends only its own awareness state, where y-websocket's stock provider sends back everybody's", async () => {
    const t = await server({ awarenessCoalesceMs: 10 });
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const ours = await recorded(t, board, await tokenFor("participant", w.wid, w.p1), false);
    const stock = await recorded(t, board, await tokenFor("participant", w.wid, w.p2), true);
    const mover = await recorded(t, board, await tokenFor("observer", w.wid, "mover"), false);
    for (let i = 1; i <= 5; i++) {
      mover.provider.awareness.setLocalStateField("cursor", i);
      await waitFor(() => {
        for (const listener of [ours, stock]) expect(listener.provider.awareness.getStates().get(mover.doc.clientID)).toMatchObject({ cursor: i });
      });
    }
    // The stock provider sent the mover's states back (the echo this module removes); ours sent nothing but its own.
    expect(stock.sentIds).toContain(mover.doc.clientID);
    expect(ours.sentIds.filter((id) => id !== ours.doc.clientID)).toEqual([]);
    // Its own state still goes out when it changes, and reaches the others.
    ours.provider.awareness.setLocalStateField("cursor", "mine");
    await waitFor(() => expect(mover.provider.awareness.getStates().get(ours.doc.clientID)).toMatchObject({ cursor: "mine" }));
    expect(ours.sentIds).toContain(ours.doc.clientID);
    expect(mover.sentIds.filter((id) => id !== mover.doc.clientID)).toEqual([]);
  });
});
