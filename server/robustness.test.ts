import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CLOSE } from "../lib/sync/close-codes";
import { roomName } from "../lib/sync/rooms";
import { freshWorkshop, startServer, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openRaw, openSynced, requestEverything, type Client } from "./test-clients";

let t: TestServer;
const opened: Client[] = [];
const w = freshWorkshop();
const board = roomName({ kind: "board", workshopId: w.wid });
let token = "";

beforeAll(async () => {
  t = await startServer({ pingIntervalMs: 50 });
  token = await tokenFor("participant", w.wid, w.p1);
});
afterAll(async () => {
  for (const c of opened) c.destroy();
  await t.close();
});

function bytes(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === "number") encoding.writeUint8(encoder, p);
    else encoding.writeUint8Array(encoder, p);
  }
  return encoding.toUint8Array(encoder);
}

/** A small deterministic PRNG, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function sendAndClose(frame: Uint8Array | string) {
  const raw = openRaw(t.url, board, token);
  await raw.opened;
  raw.ws.send(frame);
  return (await raw.closed).code;
}

describe("robustness", () => {
  it("closes 4400 on malformed frames and keeps serving everyone else", async () => {
    const a = await openSynced(t.url, board, token);
    opened.push(a);
    const step1 = requestEverything();
    const malformed: (Uint8Array | string)[] = [
      bytes(9), // unknown message type
      bytes(0xff, 0xff, 0xff), // truncated varint
      bytes(0, 0), // sync step 1 without its state vector
      bytes(0, 7, 0), // unknown sync step
      bytes(0, 2, 10, 1, 2), // update shorter than its length
      bytes(0, 2, 4, 0xff, 0xff, 0xff, 0xff), // update that is not a Yjs update
      bytes(step1, 0), // trailing byte
      bytes(3, 1), // query-awareness with a payload
      bytes(1, 6, 1, 7, 1, 3, 0x7b, 0x78), // awareness state shorter than its length
      bytes(1, 6, 1, 7, 1, 2, 0x7b, 0x78), // awareness state that is not JSON
      bytes(1, 5, 1, 7, 1, 1, 0x35), // awareness state that is not an object
      "a text frame",
    ];
    for (const frame of malformed) expect(await sendAndClose(frame)).toBe(CLOSE.badRequest.code);

    // Random garbage: the server may close or ignore, but must not crash.
    const random = prng(42);
    for (let i = 0; i < 20; i++) {
      const raw = openRaw(t.url, board, token);
      await raw.opened;
      for (let j = 0; j < 10; j++) {
        const frame = new Uint8Array(1 + Math.floor(random() * 64)).map(() => Math.floor(random() * 256));
        // Half of them start like a sync message, to get past the first byte.
        if (j % 2 === 0) frame[0] = 0;
        raw.ws.send(frame);
      }
      raw.ws.close();
      await raw.closed;
    }

    // A frame over the limit (1 MiB) is refused with the named, final 4413; one over twice the limit is cut by ws
    // itself before it is buffered (1009).
    const big = openRaw(t.url, board, token);
    await big.opened;
    big.ws.send(new Uint8Array(1024 * 1024 + 1));
    expect((await big.closed).code).toBe(CLOSE.tooLarge.code);
    const huge = openRaw(t.url, board, token);
    await huge.opened;
    huge.ws.send(new Uint8Array(2 * 1024 * 1024 + 1));
    expect((await huge.closed).code).toBe(1009);

    const b = await openSynced(t.url, board, await tokenFor("participant", w.wid, w.p2));
    opened.push(b);
    a.doc.getText("t").insert(0, "still working");
    await waitFor(() => expect(b.doc.getText("t").toString()).toBe("still working"));
    expect(Y.encodeStateAsUpdate(b.doc).byteLength).toBeGreaterThan(0);
  });

  it("terminates sockets that stop answering pings and keeps those that answer", async () => {
    const silent = openRaw(t.url, board, token, { autoPong: false });
    const healthy = openRaw(t.url, board, token);
    await Promise.all([silent.opened, healthy.opened]);
    expect((await silent.closed).code).toBe(1006);
    expect(healthy.ws.readyState).toBe(healthy.ws.OPEN);
    healthy.ws.close();
  });

  it("closes every client with 1012 on shutdown", async () => {
    const own = await startServer();
    const raw = openRaw(own.url, board, token);
    await raw.opened;
    const client = await openSynced(own.url, board, await tokenFor("participant", w.wid, w.p2));
    await own.close();
    expect(await raw.closed).toEqual({ code: CLOSE.serverRestart.code, reason: "server-restart" });
    expect(client.provider.wsconnected).toBe(false);
    client.destroy();
  });
});
