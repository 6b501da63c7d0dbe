import { mintSyncToken } from "../auth/sync-token";
import type { WorkshopRecord } from "../db/types";
import { sharedRooms } from "../sync/rooms";
import { joinQrSvg } from "./join-qr";
import { newId } from "../validation/ids";

/** A read-only grant: an observer sync token (12 h) and the shared rooms it may open. */
export async function observerGrant(workshop: Pick<WorkshopRecord, "id">, name: string, secret: string) {
  const observerId = `o-${newId()}`;
  const token = await mintSyncToken({ role: "observer", sub: observerId, wid: workshop.id, name }, secret);
  return { observerId, token, rooms: sharedRooms(workshop.id) };
}

/** The secret part of an observer link: 24 lowercase hex characters. */
export const OBSERVER_KEY_PATTERN = /^[0-9a-f]{24}$/;

/** The join details a projector shows (absent on guest links and for closed workshops). */
export interface ProjectorJoinProps {
  readonly displayCode: string;
  readonly joinUrl: string;
  readonly qrSvg: string;
}

/**
 * Everything the projector view needs except its localised content (components/workshop/projector-view.tsx), shared by
 * the facilitator's /w/<id>/projector and the guest link /o/<key>: a fresh observer grant, the closed state, the join
 * QR code when `join` is given and the workshop is open, and — for re-assessments — where the earlier assessment comes
 * from (fetched with the observer token, so it appears only after the reveal).
 */
export async function projectorProps(
  workshop: Pick<WorkshopRecord, "id" | "title" | "closedAt" | "previousWorkshopId">,
  opts: { readonly name: string; readonly syncUrl: string; readonly secret: string; readonly join: { readonly displayCode: string; readonly joinUrl: string } | null },
) {
  const grant = await observerGrant(workshop, opts.name, opts.secret);
  const closed = workshop.closedAt !== null;
  const join: ProjectorJoinProps | null = closed || !opts.join ? null : { ...opts.join, qrSvg: await joinQrSvg(opts.join.joinUrl) };
  return {
    syncUrl: opts.syncUrl,
    token: grant.token,
    rooms: grant.rooms,
    observerId: grant.observerId,
    name: opts.name,
    title: workshop.title,
    closed,
    join,
    earlier: workshop.previousWorkshopId ? ({ kind: "fetch", workshopId: workshop.id } as const) : undefined,
  };
}
