import { z } from "zod";
import { participantIdSchema, userIdSchema, workshopIdSchema } from "./ids";

/** Roles a sync token can carry. Co-facilitators get "facilitator" on the workshops they were invited to. */
export const ROLES = ["facilitator", "participant", "observer"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const common = {
  wid: workshopIdSchema,
  name: z.string().min(1).max(80),
  exp: z.number().int(),
  iat: z.number().int(),
};

/**
 * The claims of a sync token, minted by the web app and checked by the sync server on every connection.
 * `sub` is the participant id for participants, the user id for facilitators, and a random id for observers.
 */
export const syncClaimsSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("participant"), sub: participantIdSchema, sector: z.string().max(40), ...common }),
  z.object({ role: z.literal("facilitator"), sub: userIdSchema, ...common }),
  z.object({ role: z.literal("observer"), sub: z.string().min(1).max(40), ...common }),
]);
export type SyncClaims = z.infer<typeof syncClaimsSchema>;
