import { mintSyncToken } from "../auth/sync-token";
import type { WorkshopRecord } from "../db/types";
import { sharedRooms } from "../sync/rooms";
import { newId } from "../validation/ids";

/** A read-only grant: an observer sync token (12 h) and the shared rooms it may open. */
export async function observerGrant(workshop: Pick<WorkshopRecord, "id">, name: string, secret: string) {
  const observerId = `o-${newId()}`;
  const token = await mintSyncToken({ role: "observer", sub: observerId, wid: workshop.id, name }, secret);
  return { observerId, token, rooms: sharedRooms(workshop.id) };
}

/** The secret part of an observer link: 24 lowercase hex characters. */
export const OBSERVER_KEY_PATTERN = /^[0-9a-f]{24}$/;
