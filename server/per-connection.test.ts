import { describe, expect, it } from "vitest";
import { parseRoomName, roomName, type Room } from "../lib/sync/rooms";
import { participantIdSchema, userIdSchema, workshopIdSchema } from "../lib/validation/ids";
import { syncClaimsSchema, type SyncClaims } from "../lib/validation/token";
import { compactClaims } from "./admission";
import { RoomOccupancy } from "./limits";

// What a connection keeps for its life is shared where it can be (docs/sync.md "Benchmarks", idle memory).
const wid = workshopIdSchema.parse("abcdefghjkmnpqrs");

describe("compactClaims", () => {
  const room: Room = { kind: "board", workshopId: wid };
  const at = 1_800_000_000;

  it("keeps every claim's value, for each role, and still satisfies the token schema", () => {
    const claims: SyncClaims[] = [
      { role: "participant", sub: participantIdSchema.parse("ppppppppppppppp1"), sector: "public", wid, name: "Ada", exp: at + 60, iat: at },
      { role: "facilitator", sub: userIdSchema.parse("uuuuuuuuuuuuuuu1"), wid, name: "Fay", exp: at + 60, iat: at },
      { role: "observer", sub: "guest-1", wid, name: "Projector", exp: at + 60, iat: at },
    ];
    for (const original of claims) {
      const compact = compactClaims(original, room);
      expect(compact).toEqual(original);
      expect(syncClaimsSchema.parse(compact)).toEqual(original);
    }
  });

  it("uses the room's workshop id string when it is the token's (and the token's own otherwise)", () => {
    const fromJson = JSON.parse(JSON.stringify({ role: "participant", sub: "ppppppppppppppp1", sector: "private", wid: "abcdefghjkmnpqrs", name: "Ada", exp: at, iat: at })) as SyncClaims;
    const parsedRoom = parseRoomName(roomName(room));
    if (!parsedRoom) throw new Error("room name does not parse");
    expect(compactClaims(fromJson, parsedRoom).wid).toBe(parsedRoom.workshopId);
    const other: Room = { kind: "board", workshopId: workshopIdSchema.parse("zzzzzzzzzzzzzzzz") };
    expect(compactClaims(fromJson, other).wid).toBe("abcdefghjkmnpqrs");
  });
});

describe("RoomOccupancy", () => {
  it("gives every connection of a room the same seat (one name and parsed room), up to the room's limit", () => {
    const occupancy = new RoomOccupancy<Room>();
    const name = roomName({ kind: "board", workshopId: wid });
    const first = occupancy.enter(name, 2, { kind: "board", workshopId: wid });
    const second = occupancy.enter(`${name}`, 2, { kind: "board", workshopId: wid });
    expect(first).not.toBeNull();
    expect(second).toBe(first);
    expect(second?.count).toBe(2);
    expect(occupancy.enter(name, 2, { kind: "board", workshopId: wid })).toBeNull();
    occupancy.leave(name);
    expect(occupancy.enter(name, 2, { kind: "board", workshopId: wid })).toBe(first);
    occupancy.leave(name);
    occupancy.leave(name);
    expect(occupancy.size).toBe(0);
    // Emptied rooms are forgotten: the next connection gets a fresh seat.
    const again = occupancy.enter(name, 2, { kind: "board", workshopId: wid });
    expect(again).not.toBe(first);
    expect(again?.count).toBe(1);
  });

  it("refuses everybody in a room whose limit is zero", () => {
    expect(new RoomOccupancy<Room>().enter("w/x/board", 0, { kind: "board", workshopId: wid })).toBeNull();
  });
});
