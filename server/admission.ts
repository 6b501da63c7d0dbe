import { z } from "zod";
import { verifySyncToken } from "../lib/auth/sync-token";
import { CLOSE } from "../lib/sync/close-codes";
import { accessFor, type Access } from "../lib/sync/rights";
import { parseRoomName, type Room } from "../lib/sync/rooms";
import type { SyncClaims } from "../lib/validation/token";
import type { CloseSpec } from "./connection";

/** Who may connect, to what, with which rights; or the close code that refuses them. */
export type Admission =
  | {
      readonly ok: true;
      readonly name: string;
      readonly room: Room;
      readonly claims: SyncClaims;
      readonly access: Exclude<Access, "none">;
    }
  | { readonly ok: false; readonly close: CloseSpec };

/** The query string of an upgrade request; y-websocket sends `params` there. */
const upgradeQuerySchema = z.object({ token: z.string().min(1).max(4096) });

/**
 * Decides an upgrade request from its URL (`/<room name>?token=…`): the token first (no token, a bad signature or
 * an expired one → unauthenticated), then the room name (unknown-room), then the rights (forbidden).
 */
export async function admit(requestUrl: string | undefined, secret: string): Promise<Admission> {
  const url = new URL(requestUrl ?? "/", "http://sync.invalid");
  const query = upgradeQuerySchema.safeParse({ token: url.searchParams.get("token") ?? undefined });
  if (!query.success) return { ok: false, close: CLOSE.unauthenticated };
  const claims = await verifySyncToken(query.data.token, secret);
  if (!claims) return { ok: false, close: CLOSE.unauthenticated };
  // The path is taken exactly as sent (no dot-segment or percent decoding): anything unusual is not a room name.
  const target = requestUrl ?? "/";
  const queryStart = target.indexOf("?");
  const sliced = (queryStart === -1 ? target : target.slice(0, queryStart)).slice(1);
  // The name is kept for the connection's life: a copy, because a slice would keep the whole request URL (the token
  // included) in memory as long as the connection lasts.
  const name = Buffer.from(sliced, "utf8").toString("utf8");
  if (name !== sliced) return { ok: false, close: CLOSE.unknownRoom };
  const room = parseRoomName(name);
  if (!room) return { ok: false, close: CLOSE.unknownRoom };
  const access = accessFor(claims, room);
  if (access === "none") return { ok: false, close: CLOSE.forbidden };
  return { ok: true, name, room, claims, access };
}

/** Sector ids seen in tokens, one copy each (there are a handful; past 32 distinct values nothing more is kept). */
const sectors = new Map<string, string>();
const MAX_INTERNED_SECTORS = 32;

function internSector(sector: string): string {
  const known = sectors.get(sector);
  if (known !== undefined) return known;
  if (sectors.size < MAX_INTERNED_SECTORS) sectors.set(sector, sector);
  return sector;
}

/**
 * The claims as a connection keeps them: the same values, in an object of one fixed shape per role whose strings are
 * shared — the role constant, the room's workshop id (the rights admit a token only to its own workshop), interned
 * sectors — instead of one fresh copy per connection from the token's JSON. Per-connection memory is benchmarked.
 */
export function compactClaims(claims: SyncClaims, room: Room): SyncClaims {
  const wid = room.workshopId === claims.wid ? room.workshopId : claims.wid;
  if (claims.role === "participant") {
    return { role: "participant", sub: claims.sub, sector: internSector(claims.sector), wid, name: claims.name, exp: claims.exp, iat: claims.iat };
  }
  // Literal role strings are V8's internalized constants, shared by every connection.
  if (claims.role === "facilitator") return { role: "facilitator", sub: claims.sub, wid, name: claims.name, exp: claims.exp, iat: claims.iat };
  return { role: "observer", sub: claims.sub, wid, name: claims.name, exp: claims.exp, iat: claims.iat };
}
