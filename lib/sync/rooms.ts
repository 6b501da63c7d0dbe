import { z } from "zod";
import {
  participantIdSchema,
  workshopIdSchema,
  type ParticipantId,
  type WorkshopId,
} from "../validation/ids";

/**
 * The four documents of a workshop (docs/sync.md):
 * - board: co-edited content; participants and facilitators write, observers read;
 * - control: facilitator state; only facilitators write;
 * - results: what participants may see of scores and votes; only the server writes;
 * - private: one participant's own inputs; only that participant opens it.
 */
export const DOC_KINDS = ["board", "control", "results", "private"] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** A parsed room: the only form in which room names travel inside the app and the server. */
export type Room =
  | { readonly kind: "board" | "control" | "results"; readonly workshopId: WorkshopId }
  | { readonly kind: "private"; readonly workshopId: WorkshopId; readonly participantId: ParticipantId };

/** Builds the wire name of a room, e.g. "w/<workshopId>/board" or "w/<workshopId>/private/<participantId>". */
export function roomName(room: Room): string {
  return room.kind === "private"
    ? `w/${room.workshopId}/private/${room.participantId}`
    : `w/${room.workshopId}/${room.kind}`;
}

const sharedKind = z.enum(["board", "control", "results"]);

/** Parses a wire room name; anything that is not exactly one of the four shapes is refused. */
export function parseRoomName(name: string): Room | null {
  const parts = name.split("/");
  if (parts[0] !== "w") return null;
  const workshopId = workshopIdSchema.safeParse(parts[1]);
  if (!workshopId.success) return null;
  if (parts.length === 3) {
    const kind = sharedKind.safeParse(parts[2]);
    return kind.success ? { kind: kind.data, workshopId: workshopId.data } : null;
  }
  if (parts.length === 4 && parts[2] === "private") {
    const participantId = participantIdSchema.safeParse(parts[3]);
    return participantId.success
      ? { kind: "private", workshopId: workshopId.data, participantId: participantId.data }
      : null;
  }
  return null;
}

/** The room names one participant may open, as handed out by POST /api/join. */
export function participantRooms(workshopId: WorkshopId, participantId: ParticipantId) {
  return {
    board: roomName({ kind: "board", workshopId }),
    control: roomName({ kind: "control", workshopId }),
    results: roomName({ kind: "results", workshopId }),
    private: roomName({ kind: "private", workshopId, participantId }),
  };
}

/** The room names a facilitator or observer may open (no private document). */
export function sharedRooms(workshopId: WorkshopId) {
  return {
    board: roomName({ kind: "board", workshopId }),
    control: roomName({ kind: "control", workshopId }),
    results: roomName({ kind: "results", workshopId }),
  };
}

/** The storage-name prefix under which a workshop's private documents live. */
export function privateRoomPrefix(workshopId: WorkshopId): string {
  return `w/${workshopId}/private/`;
}
