import { describe, expect, it } from "vitest";
import { SYNC_TOKEN_TTL_SECONDS } from "../lib/auth/sync-token";
import { CLOSE } from "../lib/sync/close-codes";
import { participantRooms, roomName } from "../lib/sync/rooms";
import { participantIdSchema } from "../lib/validation/ids";
import { syncClaimsSchema } from "../lib/validation/token";
import { createStoreAccessCheck, type AccessStatusSource } from "./store-access-check";
import { fakeAccess, seedWorkshop } from "./test-fixtures";
import { freshWorkshop, testScope, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { finalCloses, openClient, openRaw, openSynced, serverStateVia, type Client } from "./test-clients";

const { server, track } = testScope();

async function synced(t: TestServer, room: string, token: string): Promise<Client> {
  return track(await openSynced(t.url, room, token));
}

describe("access check at admission", () => {
  it("refuses a revoked token with 4403 before any byte, and admits a read-only one whose writes are dropped", async () => {
    const access = fakeAccess();
    const t = await server({ access });
    const w = freshWorkshop();
    const rooms = participantRooms(w.wid, w.p1);
    access.verdicts.set(w.p1, "revoked");
    const raw = openRaw(t.url, rooms.board, await tokenFor("participant", w.wid, w.p1));
    expect(await raw.closed).toEqual({ code: CLOSE.forbidden.code, reason: "forbidden" });
    expect(raw.messages).toHaveLength(0);

    access.verdicts.set(w.p1, "read-only");
    const reader = await synced(t, rooms.private, await tokenFor("participant", w.wid, w.p1));
    reader.doc.getMap("scores-baseline").set("x", 3);
    expect((await serverStateVia(reader)).getMap("scores-baseline").size).toBe(0);
  });
});

describe("access check failures", () => {
  it("refuses with the transient 1011 when the check fails at connect, and keeps open connections when a recheck fails", async () => {
    let failing = false;
    const t = await server({
      accessRecheckMs: 30,
      access: {
        async check() {
          if (failing) throw new Error("database unavailable");
          return "ok";
        },
      },
    });
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const open = await synced(t, board, await tokenFor("participant", w.wid, w.p1));
    failing = true;
    const refused = openRaw(t.url, board, await tokenFor("participant", w.wid, w.p2));
    expect((await refused.closed).code).toBe(CLOSE.internalError.code);
    open.doc.getText("t").insert(0, "kept");
    expect((await serverStateVia(open)).getText("t").toString()).toBe("kept");
    expect(open.provider.wsconnected).toBe(true);
  });
});

describe("access recheck", () => {
  it("closes a participant removed mid-session with 4410 within the recheck interval; the others carry on", async () => {
    const access = fakeAccess();
    const t = await server({ access, accessRecheckMs: 50 });
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const removed = await synced(t, board, await tokenFor("participant", w.wid, w.p1));
    const stays = await synced(t, board, await tokenFor("participant", w.wid, w.p2));
    const closes = finalCloses(removed);

    access.verdicts.set(w.p1, "revoked");
    await waitFor(() => expect(closes).toEqual([CLOSE.removed.code]), 2000);
    expect(removed.provider.shouldConnect).toBe(false);
    stays.doc.getText("t").insert(0, "still live");
    expect((await serverStateVia(stays)).getText("t").toString()).toBe("still live");
  });

  it("makes a closed workshop read-only in place (same socket) and gives writes back when it reopens", async () => {
    const access = fakeAccess();
    const t = await server({ access, accessRecheckMs: 50 });
    const w = freshWorkshop();
    const control = roomName({ kind: "control", workshopId: w.wid });
    const facilitator = await synced(t, control, await tokenFor("facilitator", w.wid, w.facilitator));
    const socket = facilitator.provider.ws;
    facilitator.doc.getMap("control").set("step", 2);
    expect((await serverStateVia(facilitator)).getMap("control").get("step")).toBe(2);

    access.verdicts.set(w.facilitator, "read-only");
    // Wait for the recheck by probing: a write that is dropped means the downgrade happened.
    await waitFor(async () => {
      facilitator.doc.getMap("probe").set("n", Math.random());
      const seen = await serverStateVia(facilitator);
      expect(seen.getMap("probe").get("n")).not.toBe(facilitator.doc.getMap("probe").get("n"));
    }, 2000);
    facilitator.doc.getMap("control").set("step", 3);
    expect((await serverStateVia(facilitator)).getMap("control").get("step")).toBe(2);
    expect(facilitator.provider.ws).toBe(socket);

    access.verdicts.set(w.facilitator, "ok");
    await waitFor(async () => {
      facilitator.doc.getMap("control").set("step", 4);
      expect((await serverStateVia(facilitator)).getMap("control").get("step")).toBe(4);
    }, 2000);
    expect(facilitator.provider.ws).toBe(socket);
  });

  it("closes a connection with 4401 the moment its token expires", async () => {
    const t = await server({});
    const w = freshWorkshop();
    const expiresSoon = await tokenFor("participant", w.wid, w.p1, Math.floor(Date.now() / 1000) + 2 - SYNC_TOKEN_TTL_SECONDS);
    const client = track(openClient(t.url, roomName({ kind: "board", workshopId: w.wid }), expiresSoon));
    const closes = finalCloses(client);
    await waitFor(() => expect(client.provider.synced).toBe(true));
    await waitFor(() => expect(closes).toEqual([CLOSE.unauthenticated.code]), 4000);
  });
});

describe("access check over the app store (as server/index.ts wires it)", () => {
  it("removes, closes and reopens through SQLite", async () => {
    const t = await server({ storeAccess: true, accessRecheckMs: 50 });
    const app = t.stores?.app;
    if (!app) throw new Error("no app store");
    const w = await seedWorkshop(app);
    const rooms = participantRooms(w.wid, w.p1);
    const p1 = await synced(t, rooms.private, await tokenFor("participant", w.wid, w.p1));
    const p2Board = await synced(t, rooms.board, await tokenFor("participant", w.wid, w.p2));
    const p1Closes = finalCloses(p1);

    // Unknown workshops and participants are refused at the door.
    const stranger = openRaw(t.url, rooms.board, await tokenFor("participant", w.wid, freshWorkshop().p1));
    expect((await stranger.closed).code).toBe(CLOSE.forbidden.code);
    const other = freshWorkshop();
    const noWorkshop = openRaw(t.url, roomName({ kind: "board", workshopId: other.wid }), await tokenFor("facilitator", other.wid, other.facilitator));
    expect((await noWorkshop.closed).code).toBe(CLOSE.forbidden.code);

    await app.removeParticipant(w.wid, w.p1, Date.now());
    await waitFor(() => expect(p1Closes).toEqual([CLOSE.removed.code]), 2000);
    const again = openRaw(t.url, rooms.private, await tokenFor("participant", w.wid, w.p1));
    expect((await again.closed).code).toBe(CLOSE.forbidden.code);

    await app.setWorkshopClosed(w.wid, true, Date.now());
    await waitFor(async () => {
      p2Board.doc.getMap("probe").set("n", Math.random());
      expect((await serverStateVia(p2Board)).getMap("probe").get("n")).not.toBe(p2Board.doc.getMap("probe").get("n"));
    }, 2000);
    await app.setWorkshopClosed(w.wid, false, Date.now());
    await waitFor(async () => {
      p2Board.doc.getText("t").insert(0, "x");
      expect((await serverStateVia(p2Board)).getText("t").length).toBeGreaterThan(0);
    }, 2000);
  });

  it("asks the store once per workshop per interval, however many connections ask", async () => {
    const calls = { workshop: 0, list: 0, participant: 0 };
    const w = freshWorkshop();
    const participants = Array.from({ length: 75 }, (_, i) => ({
      id: participantIdSchema.parse(`${String(i).padStart(2, "0")}${w.p1.slice(2)}`),
      removedAt: i === 0 ? 1 : null,
    }));
    let now = 0;
    const source: AccessStatusSource = {
      async workshopStatus() {
        calls.workshop += 1;
        return "open";
      },
      async listParticipants() {
        calls.list += 1;
        return participants;
      },
      async participantStatus() {
        calls.participant += 1;
        return "active";
      },
    };
    const check = createStoreAccessCheck(source, { ttlMs: 2000, now: () => now });
    const claimsOf = (sub: string) => syncClaimsSchema.parse({ role: "participant", sub, wid: w.wid, name: "x", sector: "s", iat: 0, exp: 0 });
    const claims = participants.map((p) => claimsOf(p.id));
    // 300 connections: four documents per participant.
    const verdicts = await Promise.all([...claims, ...claims, ...claims, ...claims].map((c) => check.check(c)));
    expect(calls).toEqual({ workshop: 1, list: 1, participant: 0 });
    expect(verdicts.filter((v) => v === "revoked")).toHaveLength(4);
    expect(verdicts.filter((v) => v === "ok")).toHaveLength(296);

    // Somebody who joined after the listing is looked up once; after the interval everything is asked again.
    expect(await check.check(claimsOf(w.p2))).toBe("ok");
    expect(calls.participant).toBe(1);
    now = 2001;
    await check.check(claimsOf(participants[1]?.id ?? ""));
    expect(calls).toEqual({ workshop: 2, list: 2, participant: 1 });
    expect(check.cachedWorkshops).toBe(1);
  });
});
