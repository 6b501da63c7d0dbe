import type { AppStore, DocStore, WorkshopRecord } from "../db/types";
import { participantList } from "./participants";
import { storedControl, storedResults } from "./stored-docs";

/** Export format version: bump when the shape changes. */
export const EXPORT_VERSION = 1;

/**
 * A workshop as JSON, for keeping before deletion or for a report: the workshop row, its participants, the control
 * state and the results as everybody in the room may see them (aggregates only once revealed, never private
 * inputs — the same blind rule as the live room).
 */
export async function exportWorkshop(app: AppStore, docs: DocStore, workshop: WorkshopRecord, now: number = Date.now()) {
  const [participants, control, results, team] = await Promise.all([
    participantList(app, workshop.id),
    storedControl(docs, workshop.id),
    storedResults(docs, workshop.id),
    app.listFacilitatorInvites(workshop.id),
  ]);
  return {
    exportVersion: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    workshop: {
      id: workshop.id,
      title: workshop.title,
      region: workshop.region,
      mode: workshop.mode,
      joinCode: workshop.joinCode,
      createdAt: new Date(workshop.createdAt).toISOString(),
      closedAt: workshop.closedAt === null ? null : new Date(workshop.closedAt).toISOString(),
      archivedAt: workshop.archivedAt === null ? null : new Date(workshop.archivedAt).toISOString(),
      previousWorkshopId: workshop.previousWorkshopId,
    },
    coFacilitators: team.map((i) => i.email),
    participants: participants.participants.map((p) => ({ ...p, joinedAt: new Date(p.joinedAt).toISOString() })),
    control,
    results,
  };
}
