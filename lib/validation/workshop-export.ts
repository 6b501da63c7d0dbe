import { z } from "zod";
import { docSnapshotSchema } from "../sync/schema/snapshot";

/**
 * The workshop export file (GET /api/workshops/<id>/export) and what POST /api/workshops/import accepts. Version 2
 * is complete: besides readable views (control, results, each participant's scores and ballot) it carries every
 * document's whole content (`documents`, and `document` per participant), from which an import rebuilds the workshop.
 */
export const EXPORT_FORMAT = "csei-workshop-export";
/** Bump when the shape changes; an import names the versions it reads. */
export const EXPORT_VERSION = 2;

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().regex(/^[a-z0-9]{16}$/, "not an id (16 lowercase letters and digits)");
const scoreSheet = z.record(z.string(), z.number().int().min(0).max(5));

/** One participant with their private inputs (facilitators only: exports are never handed to participants). */
export const exportedParticipantSchema = z.object({
  id,
  name: z.string().trim().min(1).max(60),
  sector: z.string().min(1).max(40),
  organisation: z.string().max(120),
  joinedAt: isoDate,
  removed: z.boolean(),
  /** Readable view of the private document: scores per profile and dot votes (dimension id → dots). */
  inputs: z.object({ scores: z.object({ baseline: scoreSheet, target: scoreSheet }), ballot: z.record(z.string(), z.unknown()) }),
  /** The participant's private document, whole. */
  document: docSnapshotSchema,
});
export type ExportedParticipant = z.infer<typeof exportedParticipantSchema>;

export const workshopExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportVersion: z.literal(EXPORT_VERSION, { error: `only export version ${EXPORT_VERSION} files can be imported; export the workshop again` }),
  exportedAt: isoDate,
  workshop: z.object({
    id,
    title: z.string().trim().min(1).max(120),
    region: z.string().max(120),
    mode: z.enum(["create", "evaluate"]),
    joinCode: z.string(),
    createdAt: isoDate,
    closedAt: isoDate.nullable(),
    archivedAt: isoDate.nullable(),
    previousWorkshopId: id.nullable(),
  }),
  coFacilitators: z.array(z.email().max(200)).max(100),
  participants: z.array(exportedParticipantSchema).max(2000),
  /** Readable views (derived from `documents`; an import ignores them). */
  control: z.unknown(),
  results: z.unknown(),
  goals: z.unknown(),
  plans: z.unknown(),
  /** The shared documents, whole. */
  documents: z.object({ board: docSnapshotSchema, control: docSnapshotSchema, results: docSnapshotSchema }),
});
export type WorkshopExport = z.infer<typeof workshopExportSchema>;
