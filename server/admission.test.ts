import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOSE } from "../lib/sync/close-codes";
import { roomName } from "../lib/sync/rooms";
import { newId } from "../lib/validation/ids";
import { SYNC_TOKEN_TTL_SECONDS } from "../lib/auth/sync-token";
import { freshWorkshop, startServer, tokenFor, type TestServer } from "./test-helpers";
import { openRaw } from "./test-clients";

let t: TestServer;
const w = freshWorkshop();
const board = roomName({ kind: "board", workshopId: w.wid });

beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  await t.close();
});

/** Connects, waits for the close, and returns its code and the number of frames that came before it. */
async function refusal(room: string, token?: string) {
  const client = openRaw(t.url, room, token);
  const closed = await client.closed;
  return { code: closed.code, reason: closed.reason, messages: client.messages.length };
}

describe("upgrade admission", () => {
  it("answers /healthz and 404 on anything else", async () => {
    const base = t.url.replace("ws://", "http://");
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/${board}`)).status).toBe(404);
  });

  it("closes 4401 without any frame when the token is missing, garbage or expired", async () => {
    const expired = await tokenFor("participant", w.wid, w.p1, Math.floor(Date.now() / 1000) - 2 * SYNC_TOKEN_TTL_SECONDS);
    const otherSecret = (await tokenFor("participant", w.wid, w.p1)).slice(0, -4) + "AAAA";
    for (const token of [undefined, "", "garbage", "a.b.c", expired, otherSecret]) {
      expect(await refusal(board, token)).toEqual({ code: CLOSE.unauthenticated.code, reason: "unauthenticated", messages: 0 });
    }
  });

  it("closes 4403 without any frame when the rights say none", async () => {
    const p1 = await tokenFor("participant", w.wid, w.p1);
    const observer = await tokenFor("observer", w.wid, "observer-1");
    const facilitator = await tokenFor("facilitator", w.wid, w.facilitator);
    const p2Private = roomName({ kind: "private", workshopId: w.wid, participantId: w.p2 });
    const elsewhere = roomName({ kind: "board", workshopId: freshWorkshop().wid });
    const forbidden = { code: CLOSE.forbidden.code, reason: "forbidden", messages: 0 };
    expect(await refusal(p2Private, p1)).toEqual(forbidden);
    expect(await refusal(p2Private, observer)).toEqual(forbidden);
    expect(await refusal(p2Private, facilitator)).toEqual(forbidden);
    expect(await refusal(elsewhere, p1)).toEqual(forbidden);
  });

  it("closes 4404 without any frame for a name that is not a room", async () => {
    const p1 = await tokenFor("participant", w.wid, w.p1);
    const unknown = { code: CLOSE.unknownRoom.code, reason: "unknown-room", messages: 0 };
    for (const room of ["", "x", `w/${w.wid}`, `w/${w.wid}/nope`, `w/${w.wid}/board/`, `w/${w.wid}/private/abc`, `w/${newId().toUpperCase()}/board`]) {
      expect(await refusal(room, p1)).toEqual(unknown);
    }
  });

  it("admits a participant to their own private document and the shared ones", async () => {
    const p1 = await tokenFor("participant", w.wid, w.p1);
    for (const room of [board, roomName({ kind: "private", workshopId: w.wid, participantId: w.p1 })]) {
      const client = openRaw(t.url, room, p1);
      await client.opened;
      client.ws.close();
      expect((await client.closed).code).toBe(1005);
    }
  });
});
