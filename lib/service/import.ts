import * as Y from "yjs";
import type { AppStore, DocStore, UserRecord, WorkshopRecord } from "../db/types";
import { roomName } from "../sync/rooms";
import { applySnapshot, readBallot, readControl, readResults, readScores, renameInSnapshot, type DocSnapshot } from "../sync/schema";
import { describeIssues } from "../validation/api";
import { newId, participantIdSchema, type ParticipantId } from "../validation/ids";
import { workshopExportSchema } from "../validation/workshop-export";
import { createWorkshop } from "./workshops";

/** Why an import was refused: the file does not fit the export format (with a readable list of what is wrong). */
export type ImportRefusal = { ok: false; reason: "invalid-export"; message: string };

/** Builds a document from a snapshot as one update; throws when the snapshot cannot be built. */
function buildUpdate(snapshot: DocSnapshot, check: (doc: Y.Doc) => unknown): Uint8Array {
  const doc = new Y.Doc();
  try {
    applySnapshot(doc, snapshot);
    check(doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Rebuilds an exported workshop (lib/validation/workshop-export.ts) as a NEW workshop owned by `owner`: fresh id and
 * join code, open and unarchived, the same title, region, mode and team (minus the importer), every participant
 * under a new id (their devices are not carried over, so they cannot rejoin as themselves) with their private
 * inputs, and every document's content. All parsing and document building happens before anything is stored; if
 * storing fails midway the new workshop is deleted again, so a failed import leaves nothing behind.
 */
export async function importWorkshop(
  app: AppStore,
  docs: DocStore,
  input: unknown,
  owner: UserRecord,
  now: number = Date.now(),
): Promise<{ ok: true; workshop: WorkshopRecord; participants: number } | ImportRefusal> {
  const parsed = workshopExportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid-export", message: describeIssues(parsed.error) };
  const data = parsed.data;
  if (new Set(data.participants.map((p) => p.id)).size !== data.participants.length) {
    return { ok: false, reason: "invalid-export", message: "participants: the same participant id appears twice" };
  }

  const rename = new Map<string, string>(data.participants.map((p) => [p.id, newId()]));
  let built: { shared: Record<"board" | "control" | "results", Uint8Array>; privates: { id: ParticipantId; update: Uint8Array }[] };
  try {
    built = {
      shared: {
        board: buildUpdate(renameInSnapshot(data.documents.board, rename), () => undefined),
        control: buildUpdate(renameInSnapshot(data.documents.control, rename), readControl),
        results: buildUpdate(renameInSnapshot(data.documents.results, rename), readResults),
      },
      privates: data.participants.map((p) => ({
        id: participantIdSchema.parse(rename.get(p.id)),
        update: buildUpdate(renameInSnapshot(p.document, rename), (doc) => [readScores(doc, "baseline"), readScores(doc, "target"), readBallot(doc)]),
      })),
    };
  } catch (error) {
    return { ok: false, reason: "invalid-export", message: `documents: ${error instanceof Error ? error.message : "cannot be rebuilt"}` };
  }

  const workshop = await createWorkshop(app, owner.id, { title: data.workshop.title, region: data.workshop.region, mode: data.workshop.mode }, now);
  try {
    for (const p of data.participants) {
      await app.addParticipant({
        id: participantIdSchema.parse(rename.get(p.id)),
        workshopId: workshop.id,
        name: p.name,
        sector: p.sector,
        organisation: p.organisation,
        createdAt: Date.parse(p.joinedAt),
        removedAt: p.removed ? now : null,
        deviceSecretHash: null,
      });
    }
    for (const email of new Set(data.coFacilitators.map((e) => e.toLowerCase()))) {
      if (email !== owner.email.toLowerCase()) await app.inviteFacilitator({ workshopId: workshop.id, email, invitedBy: owner.id, createdAt: now });
    }
    for (const kind of ["board", "control", "results"] as const) {
      await docs.appendUpdate(roomName({ kind, workshopId: workshop.id }), built.shared[kind]);
    }
    for (const p of built.privates) {
      await docs.appendUpdate(roomName({ kind: "private", workshopId: workshop.id, participantId: p.id }), p.update);
    }
  } catch (error) {
    await app.deleteWorkshop(workshop.id);
    throw error;
  }
  return { ok: true, workshop, participants: data.participants.length };
}
