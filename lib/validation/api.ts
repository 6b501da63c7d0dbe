import { z } from "zod";
import { SECTOR_IDS } from "../workshop/content";
import { joinCodeSchema } from "./ids";

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const sectorIds = SECTOR_IDS as [string, ...string[]];

/** POST /api/join */
export const joinBodySchema = z.object({
  code: joinCodeSchema,
  name: trimmed(60),
  sector: z.enum(sectorIds),
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

/** 201 body of POST /api/join; the device stores it (localStorage) and parses it again on every read. */
export const joinResponseSchema = z.object({
  workshopId: z.string().regex(/^[a-z0-9]{16}$/),
  participantId: z.string().regex(/^[a-z0-9]{16}$/),
  token: z.string().min(10),
  syncUrl: z.string().regex(/^wss?:\/\//),
  rooms: z.object({ board: z.string(), control: z.string(), results: z.string(), private: z.string() }),
  workshop: z.object({ title: z.string(), mode: z.enum(["create", "evaluate"]) }),
  participant: z.object({ name: z.string(), sector: z.string() }),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;
