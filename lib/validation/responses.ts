import { z } from "zod";

/**
 * API response shapes and input limits that browsers parse. Kept apart from ./api (request bodies), which imports
 * the workshop content for the sector list: importing that here would ship the whole content file to every phone
 * (docs/decisions/023-phone-weight.md).
 */

/** Longest participant name and organisation (characters after trimming). */
export const NAME_MAX = 60;
export const ORGANISATION_MAX = 120;

const id16 = z.string().regex(/^[a-z0-9]{16}$/);
/** A sync token's lifetime as handed to a device (epoch seconds), so it knows when to renew. */
const tokenTimes = { tokenIssuedAt: z.number().int(), tokenExpiresAt: z.number().int() };

/** 201 body of POST /api/join; the device stores it (localStorage) and parses it again on every read. */
export const joinResponseSchema = z.object({
  workshopId: id16,
  participantId: id16,
  token: z.string().min(10),
  ...tokenTimes,
  /** Proves this device is the participant when it asks for a fresh token (POST /api/participants/renew). */
  deviceSecret: z.string().min(32).max(100),
  syncUrl: z.string().regex(/^wss?:\/\//),
  rooms: z.object({ board: z.string(), control: z.string(), results: z.string(), private: z.string() }),
  workshop: z.object({ title: z.string(), mode: z.enum(["create", "evaluate"]), closed: z.boolean() }),
  participant: z.object({ name: z.string(), sector: z.string(), organisation: z.string() }),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** 200 body of POST /api/participants/renew. */
export const renewResponseSchema = z.object({ token: z.string().min(10), ...tokenTimes, workshopClosed: z.boolean() });
export type RenewResponse = z.infer<typeof renewResponseSchema>;

/** 409 body of POST /api/join for a closed workshop: where to watch it read-only. */
export const joinClosedSchema = z.object({ error: z.literal("workshop-closed"), message: z.string(), observerUrl: z.string() });

/** GET /api/workshops/<id>/participants */
export const participantListSchema = z.object({
  participants: z.array(
    z.object({ id: id16, name: z.string(), sector: z.string(), organisation: z.string(), joinedAt: z.number(), removed: z.boolean() }),
  ),
});
export type ParticipantList = z.infer<typeof participantListSchema>;
