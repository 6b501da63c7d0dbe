import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { participantRooms } from "../lib/sync/rooms";
import type { Role } from "../lib/validation/token";
import { encodeAwarenessEntries } from "./awareness-codec";
import { decodeMessage, encodeAwareness, encodeSyncStep1, encodeUpdate, MESSAGE } from "./protocol";
import { metricValue, scrape } from "./test-fixtures";
import { freshWorkshop, startServer, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openRaw, openSynced, type Client } from "./test-clients";

let t: TestServer;
beforeAll(async () => {
  // Thousands of connections from 127.0.0.1: lift the per-address limit for this test.
  // Hostile bursts of 550 frames per socket must reach the decoder and the rooms, not the frame-rate limit.
  t = await startServer({ maxConnectionsPerIpPerMinute: 1_000_000, maxFramesPerSecond: 1_000_000, maxFrameBurst: 1_000_000, unloadGraceMs: 1000 });
});
afterAll(async () => {
  await t.close();
});

/** A small deterministic PRNG (the seed is printed on failure, so a run can be replayed). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Valid frames of every kind, from real Yjs documents: the raw material for garbling. */
function validFrames(random: () => number): Uint8Array[] {
  const frames: Uint8Array[] = [new Uint8Array([MESSAGE.queryAwareness])];
  for (let i = 0; i < 40; i++) {
    const doc = new Y.Doc();
    doc.clientID = 1 + Math.floor(random() * 1e9);
    const before = Y.encodeStateVector(doc);
    doc.getText("fuzz").insert(0, "ab".repeat(1 + Math.floor(random() * 8)));
    doc.getMap("m").set(`k${i}`, i);
    frames.push(encodeUpdate(Y.encodeStateAsUpdate(doc, before)), encodeSyncStep1(doc));
    frames.push(encodeAwareness(encodeAwarenessEntries([{ clientId: doc.clientID, clock: i, state: { cursor: i } }])));
  }
  return frames;
}

/** One hostile frame: random bytes, a truncated or garbled valid frame, or a valid frame with an oversized varint. */
function hostileFrame(random: () => number, valid: Uint8Array[]): Uint8Array {
  const pick = valid[Math.floor(random() * valid.length)] ?? new Uint8Array([0]);
  const kind = Math.floor(random() * 4);
  if (kind === 0) return new Uint8Array(Math.floor(random() * 64)).map(() => Math.floor(random() * 256));
  if (kind === 1) return pick.slice(0, Math.floor(random() * pick.length));
  if (kind === 2) {
    const garbled = pick.slice();
    for (let i = 0; i < 1 + Math.floor(random() * 4); i++) garbled[Math.floor(random() * garbled.length)] = Math.floor(random() * 256);
    return garbled;
  }
  const encoder = encoding.createEncoder();
  const at = Math.floor(random() * Math.min(3, pick.length));
  encoding.writeUint8Array(encoder, pick.slice(0, at));
  for (let i = 0; i < 5 + Math.floor(random() * 10); i++) encoding.writeUint8(encoder, 0xff);
  encoding.writeUint8(encoder, 0x7f);
  encoding.writeUint8Array(encoder, pick.slice(at));
  return encoding.toUint8Array(encoder);
}

describe("fuzz", () => {
  it("survives 100,000 hostile frames across rooms while a real room keeps converging", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const valid = validFrames(random);
    // The decoder itself, in-process: it must never throw, whatever it is given.
    for (let i = 0; i < 20_000; i++) decodeMessage(hostileFrame(random, valid));

    const healthy = freshWorkshop();
    const board = participantRooms(healthy.wid, healthy.p1).board;
    const writer: Client = await openSynced(t.url, board, await tokenFor("participant", healthy.wid, healthy.p1));
    const reader: Client = await openSynced(t.url, board, await tokenFor("participant", healthy.wid, healthy.p2));
    let written = 0;
    const typing = setInterval(() => writer.doc.getArray<number>("typed").push([written++]), 10);

    const targets: { room: string; token: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const w = freshWorkshop();
      const rooms = participantRooms(w.wid, w.p1);
      const roles: [string, Role, string][] = [
        [rooms.board, "participant", w.p1],
        [rooms.board, "observer", "fuzz-observer"],
        [rooms.private, "participant", w.p1],
        [rooms.control, "participant", w.p1],
        [rooms.results, "facilitator", w.facilitator],
      ];
      for (const [room, role, sub] of roles) targets.push({ room, token: await tokenFor(role, w.wid, sub) });
    }

    let sent = 0;
    /** One connection: a few valid frames, then a burst in which hostile frames are mixed in. */
    const attack = async (frames: number, hostileShare: number) => {
      const target = targets[Math.floor(random() * targets.length)] ?? targets[0];
      if (!target) return;
      const client = openRaw(t.url, target.room, target.token);
      await Promise.race([client.opened, client.closed]);
      for (let i = 0; i < frames && client.ws.readyState === client.ws.OPEN; i++) {
        const frame = random() < hostileShare ? hostileFrame(random, valid) : (valid[Math.floor(random() * valid.length)] ?? valid[0]);
        if (frame) client.ws.send(frame);
        sent += 1;
      }
      if (client.ws.readyState === client.ws.OPEN) client.ws.close();
      await client.closed;
    };
    try {
      // Long-lived sockets whose frames are mostly valid reach deep into rooms; short ones are mostly garbage.
      for (let round = 0; round < 8; round++) {
        await Promise.all(Array.from({ length: 20 }, () => attack(550, 0.002)));
        await Promise.all(Array.from({ length: 120 }, () => attack(15, 0.5)));
        await waitFor(() => expect(reader.doc.getArray("typed").length).toBe(writer.doc.getArray("typed").length), 5000);
      }
    } finally {
      clearInterval(typing);
    }
    expect(sent, `seed ${seed}`).toBeGreaterThanOrEqual(100_000);

    await waitFor(() => expect(reader.doc.getArray<number>("typed").toArray()).toEqual([...Array(written).keys()]));
    const text = await scrape(t.url);
    const decoded = ["update", "sync-step1", "awareness", "query-awareness", "invalid"].reduce(
      (n, type) => n + metricValue(text, "csei_sync_frames_in_total", `type="${type}"`),
      0,
    );
    expect(decoded, `seed ${seed}`).toBeGreaterThan(50_000);
    expect(metricValue(text, "csei_sync_closes_total", 'code="badRequest"')).toBeGreaterThan(1000);
    expect((await fetch(`${t.url.replace("ws://", "http://")}/healthz`)).status).toBe(200);
    writer.destroy();
    reader.destroy();
    await waitFor(() => expect(t.server.stats().connections).toBe(0));
  }, 60_000);
});
