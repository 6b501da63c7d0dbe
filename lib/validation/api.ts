import { z } from "zod";
import { SECTOR_IDS } from "../workshop/content";
import { joinCodeSchema, participantIdSchema, workshopIdSchema } from "./ids";
import { NAME_MAX, ORGANISATION_MAX } from "./responses";

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const sectorIds = SECTOR_IDS as [string, ...string[]];

/** POST /api/join */
export const joinBodySchema = z.object({
  code: joinCodeSchema,
  name: trimmed(NAME_MAX),
  sector: z.enum(sectorIds),
  organisation: z.string().trim().max(ORGANISATION_MAX).default(""),
});
export type JoinBody = z.infer<typeof joinBodySchema>;

/** POST /api/signup */
export const signupBodySchema = z.object({
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  password: z.string().min(10, "use at least 10 characters").max(200),
  name: trimmed(80),
});
export type SignupBody = z.infer<typeof signupBodySchema>;

/** Sign-in credentials as next-auth hands them over. */
export const credentialsSchema = z.object({
  email: z.email().max(200).transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

/** An email as typed: trimmed, lower-cased. */
const emailSchema = z.string().trim().pipe(z.email().max(200)).transform((e) => e.toLowerCase());

/** POST /api/workshops */
export const createWorkshopBodySchema = z.object({
  title: trimmed(120),
  region: z.string().trim().max(120).default(""),
  mode: z.enum(["create", "evaluate"]).default("create"),
});
export type CreateWorkshopBody = z.infer<typeof createWorkshopBodySchema>;

/** Turns a zod error into one readable sentence per field, for 400 responses and CLI errors. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

/** POST /api/workshops/<id>/rename */
export const renameBodySchema = z.object({ title: trimmed(120) });
/** POST /api/workshops/<id>/archive */
export const archiveBodySchema = z.object({ archived: z.boolean() });
/** POST /api/workshops/<id>/close */
export const closeBodySchema = z.object({ closed: z.boolean() });
/** POST /api/workshops/<id>/facilitators (invite) and …/facilitators/revoke */
export const inviteBodySchema = z.object({ email: emailSchema });
/** Action routes without parameters still take a JSON object (CSRF: the content type is part of the check). */
export const emptyBodySchema = z.object({}).strict();

/** POST /api/participants/renew */
export const renewBodySchema = z.object({ workshopId: workshopIdSchema, participantId: participantIdSchema, deviceSecret: z.string().min(32).max(100) });
export type RenewBody = z.infer<typeof renewBodySchema>;

export * from "./responses";
