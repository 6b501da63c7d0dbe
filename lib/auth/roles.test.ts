import { describe, expect, it } from "vitest";
import { accessFor } from "../sync/rights";
import type { Room } from "../sync/rooms";
import { participantIdSchema, userIdSchema, workshopIdSchema } from "../validation/ids";
import { mintSyncToken, verifySyncToken } from "./sync-token";
import { mayPerform, syncRoleOf, WORKSHOP_ACTIONS, type WorkshopRole } from "./roles";

const wid = workshopIdSchema.parse("aaaaaaaaaaaaaaaa");
const other = workshopIdSchema.parse("bbbbbbbbbbbbbbbb");
const alice = participantIdSchema.parse("alicealicealice1");
const bob = participantIdSchema.parse("bobbobbobbobbob1");
const secret = "s".repeat(40);

describe("API rights per role", () => {
  const ownerOnly = new Set(["invite", "revoke-invite", "delete"]);
  it.each(WORKSHOP_ACTIONS.map((a) => [a]))("%s", (action) => {
    expect({
      facilitator: mayPerform("facilitator", action),
      "co-facilitator": mayPerform("co-facilitator", action),
      participant: mayPerform("participant", action),
      observer: mayPerform("observer", action),
    }).toEqual({ facilitator: true, "co-facilitator": !ownerOnly.has(action), participant: false, observer: false });
  });
});

describe("document rights per role, through the tokens the web app mints", () => {
  const rooms: Record<string, Room> = {
    board: { kind: "board", workshopId: wid },
    control: { kind: "control", workshopId: wid },
    results: { kind: "results", workshopId: wid },
    ownPrivate: { kind: "private", workshopId: wid, participantId: alice },
    othersPrivate: { kind: "private", workshopId: wid, participantId: bob },
    otherWorkshop: { kind: "board", workshopId: other },
  };
  const subjectOf: Record<WorkshopRole, string> = {
    facilitator: userIdSchema.parse("ownerownerowner1"),
    "co-facilitator": userIdSchema.parse("cofacilitator001"),
    participant: alice,
    observer: "o-observer",
  };
  const expected: Record<WorkshopRole, Record<string, string>> = {
    facilitator: { board: "write", control: "write", results: "read", ownPrivate: "none", othersPrivate: "none", otherWorkshop: "none" },
    "co-facilitator": { board: "write", control: "write", results: "read", ownPrivate: "none", othersPrivate: "none", otherWorkshop: "none" },
    participant: { board: "write", control: "read", results: "read", ownPrivate: "write", othersPrivate: "none", otherWorkshop: "none" },
    observer: { board: "read", control: "read", results: "read", ownPrivate: "none", othersPrivate: "none", otherWorkshop: "none" },
  };

  it.each(Object.keys(expected) as WorkshopRole[])("%s", async (role) => {
    const syncRole = syncRoleOf(role);
    const base = { sub: subjectOf[role], wid, name: "x" };
    const token =
      syncRole === "participant"
        ? await mintSyncToken({ role: "participant", sub: alice, wid, name: "x", sector: "public" }, secret)
        : syncRole === "facilitator"
          ? await mintSyncToken({ ...base, role: "facilitator", sub: userIdSchema.parse(subjectOf[role]) }, secret)
          : await mintSyncToken({ ...base, role: "observer" }, secret);
    const claims = await verifySyncToken(token, secret);
    if (!claims) throw new Error("token did not verify");
    const actual = Object.fromEntries(Object.entries(rooms).map(([name, room]) => [name, accessFor(claims, room)]));
    expect(actual).toEqual(expected[role]);
  });
});
