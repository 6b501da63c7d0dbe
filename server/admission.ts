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
  const name = (queryStart === -1 ? target : target.slice(0, queryStart)).slice(1);
  const room = parseRoomName(name);
  if (!room) return { ok: false, close: CLOSE.unknownRoom };
  const access = accessFor(claims, room);
  if (access === "none") return { ok: false, close: CLOSE.forbidden };
  return { ok: true, name, room, claims, access };
}
