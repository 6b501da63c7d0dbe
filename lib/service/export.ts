import type { AppStore, DocStore, WorkshopRecord } from "../db/types";
import { roomName } from "../sync/rooms";
import { readBallot, readGoals, readPlans, readScores } from "../sync/schema";
import { participantIdSchema } from "../validation/ids";
import type { Goal } from "../workshop/goals";
import type { Plan } from "../workshop/plan";
import { EXPORT_FORMAT, EXPORT_VERSION, type WorkshopExport } from "../validation/workshop-export";
import { participantList } from "./participants";
import { readStored, storedControl, storedResults, storedSnapshot } from "./stored-docs";

export { EXPORT_VERSION };

/** An export as this server writes it: the file format with the readable goals and plans typed. */
export type CompleteExport = Omit<WorkshopExport, "goals" | "plans"> & { goals: Goal[]; plans: Plan[] };

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * A workshop as JSON (lib/validation/workshop-export.ts), complete enough to rebuild it elsewhere (import.ts): the
 * workshop row, its team, participants with their private inputs (scores, ballot) and every document whole, plus
 * readable views of control and results. Facilitators only: it contains what the blind rule hides in the room
 * (docs/decisions/050-export-import-outcome-prework.md).
 */
export async function exportWorkshop(app: AppStore, docs: DocStore, workshop: WorkshopRecord, now: number = Date.now()): Promise<CompleteExport> {
  const shared = (kind: "board" | "control" | "results") => storedSnapshot(docs, roomName({ kind, workshopId: workshop.id }));
  const boardName = roomName({ kind: "board", workshopId: workshop.id });
  const [people, control, results, team, board, controlDoc, resultsDoc, plan] = await Promise.all([
    participantList(app, workshop.id),
    storedControl(docs, workshop.id),
    storedResults(docs, workshop.id),
    app.listFacilitatorInvites(workshop.id),
    shared("board"),
    shared("control"),
    shared("results"),
    readStored(docs, boardName, (doc) => ({ goals: readGoals(doc), plans: readPlans(doc) })),
  ]);
  const participants = await Promise.all(
    people.participants.map(async (p) => {
      const name = roomName({ kind: "private", workshopId: workshop.id, participantId: participantIdSchema.parse(p.id) });
      const [inputs, document] = await Promise.all([
        readStored(docs, name, (doc) => ({ scores: { baseline: readScores(doc, "baseline"), target: readScores(doc, "target") }, ballot: readBallot(doc) })),
        storedSnapshot(docs, name),
      ]);
      return { ...p, joinedAt: new Date(p.joinedAt).toISOString(), inputs, document };
    }),
  );
  return {
    format: EXPORT_FORMAT,
    exportVersion: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    workshop: {
      id: workshop.id,
      title: workshop.title,
      region: workshop.region,
      mode: workshop.mode,
      joinCode: workshop.joinCode,
      createdAt: new Date(workshop.createdAt).toISOString(),
      closedAt: iso(workshop.closedAt),
      archivedAt: iso(workshop.archivedAt),
      previousWorkshopId: workshop.previousWorkshopId,
    },
    coFacilitators: team.map((i) => i.email),
    participants,
    control,
    results,
    goals: plan.goals,
    plans: plan.plans,
    documents: { board, control: controlDoc, results: resultsDoc },
  };
}
