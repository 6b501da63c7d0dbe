import { describe, expect, it } from "vitest";
import { participantIdSchema, userIdSchema, workshopIdSchema } from "../validation/ids";
import type { SyncClaims } from "../validation/token";
import { accessFor } from "./rights";
import { parseRoomName, participantRooms, roomName, type Room } from "./rooms";

const wid = workshopIdSchema.parse("aaaaaaaaaaaaaaaa");
const other = workshopIdSchema.parse("bbbbbbbbbbbbbbbb");
const alice = participantIdSchema.parse("alicealicealice1");
const bob = participantIdSchema.parse("bobbobbobbobbob1");
const base = { name: "x", iat: 0, exp: 1 };
const actors: Record<string, SyncClaims> = {
  facilitator: { role: "facilitator", sub: userIdSchema.parse("facilitatorfaci1"), wid, ...base },
  alice: { role: "participant", sub: alice, wid, sector: "public", ...base },
  observer: { role: "observer", sub: "obs", wid, ...base },
};
const rooms: Record<string, Room> = {
  board: { kind: "board", workshopId: wid },
  control: { kind: "control", workshopId: wid },
  results: { kind: "results", workshopId: wid },
  alicePrivate: { kind: "private", workshopId: wid, participantId: alice },
  bobPrivate: { kind: "private", workshopId: wid, participantId: bob },
  otherBoard: { kind: "board", workshopId: other },
};

describe("per-document rights", () => {
  it.each([
    ["facilitator", { board: "write", control: "write", results: "read", alicePrivate: "none", bobPrivate: "none", otherBoard: "none" }],
    ["alice", { board: "write", control: "read", results: "read", alicePrivate: "write", bobPrivate: "none", otherBoard: "none" }],
    ["observer", { board: "read", control: "read", results: "read", alicePrivate: "none", bobPrivate: "none", otherBoard: "none" }],
  ])("%s", (actor, expected) => {
    const claims = actors[actor];
    if (!claims) throw new Error("no actor");
    for (const [room, access] of Object.entries(expected)) {
      const r = rooms[room];
      if (!r) throw new Error("no room");
      expect([room, accessFor(claims, r)]).toEqual([room, access]);
    }
  });
});

describe("room names", () => {
  it("round-trip and refuse anything else", () => {
    for (const name of Object.values(participantRooms(wid, alice))) expect(roomName(parseRoomName(name) as Room)).toBe(name);
    for (const bad of ["", "w", "w/aaaaaaaaaaaaaaaa", "w/aaaaaaaaaaaaaaaa/secrets", "w/AAAAAAAAAAAAAAAA/board", "w/aaaaaaaaaaaaaaaa/private", "w/aaaaaaaaaaaaaaaa/private/x", "w/aaaaaaaaaaaaaaaa/board/x", "x/aaaaaaaaaaaaaaaa/board", "w/../board"]) {
      expect(parseRoomName(bad)).toBeNull();
    }
  });
});
