import { z } from "zod";
import { joinCodeSchema, participantIdSchema, userIdSchema, workshopIdSchema } from "../validation/ids";
import type { ParticipantRecord, UserRecord, WorkshopRecord } from "./types";

/** A users row as a record; the empty hash of a password-less account reads as null. */
export const userRow = z
  .object({
    id: userIdSchema,
    email: z.string(),
    name: z.string(),
    password_hash: z.string(),
    created_at: z.number(),
    auth_provider: z.enum(["credentials", "oidc", "email"]),
    email_verified_at: z.number().nullable(),
  })
  .transform(
    (r): UserRecord => ({
      id: r.id,
      email: r.email,
      name: r.name,
      passwordHash: r.password_hash === "" ? null : r.password_hash,
      createdAt: r.created_at,
      authProvider: r.auth_provider,
      emailVerifiedAt: r.email_verified_at,
    }),
  );

/** A workshops row as a record. */
export const workshopRow = z
  .object({
    id: workshopIdSchema,
    owner_id: userIdSchema,
    title: z.string(),
    region: z.string(),
    mode: z.enum(["create", "evaluate"]),
    join_code: joinCodeSchema,
    created_at: z.number(),
    closed_at: z.number().nullable(),
    archived_at: z.number().nullable(),
    previous_workshop_id: workshopIdSchema.nullable(),
    observer_key: z.string(),
  })
  .transform(
    (r): WorkshopRecord => ({
      id: r.id,
      ownerId: r.owner_id,
      title: r.title,
      region: r.region,
      mode: r.mode,
      joinCode: r.join_code,
      createdAt: r.created_at,
      closedAt: r.closed_at,
      archivedAt: r.archived_at,
      previousWorkshopId: r.previous_workshop_id,
      observerKey: r.observer_key,
    }),
  );

/** A participants row as a record. */
export const participantRow = z
  .object({
    id: participantIdSchema,
    workshop_id: workshopIdSchema,
    name: z.string(),
    sector: z.string(),
    created_at: z.number(),
    removed_at: z.number().nullable(),
    organisation: z.string(),
    device_secret_hash: z.string().nullable(),
  })
  .transform(
    (r): ParticipantRecord => ({
      id: r.id,
      workshopId: r.workshop_id,
      name: r.name,
      sector: r.sector,
      createdAt: r.created_at,
      removedAt: r.removed_at,
      organisation: r.organisation,
      deviceSecretHash: r.device_secret_hash,
    }),
  );

/** True for a UNIQUE (or PRIMARY KEY) constraint failure: the caller maps it to "taken". */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Error && "code" in e && (e.code === "SQLITE_CONSTRAINT_UNIQUE" || e.code === "SQLITE_CONSTRAINT_PRIMARYKEY");
}
