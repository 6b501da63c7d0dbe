import type { AppStore, DocStore, FacilitatorRole, WorkshopMode } from "../db/types";
import { storedControl } from "./stored-docs";

/** One line of the facilitator's dashboard. */
export interface DashboardRow {
  readonly id: string;
  readonly title: string;
  readonly region: string;
  readonly mode: WorkshopMode;
  readonly createdAt: number;
  readonly participantCount: number;
  /** The step everybody is on (from the stored control document; 1 before anyone moved on). */
  readonly currentStep: number;
  readonly role: FacilitatorRole;
  readonly closed: boolean;
  readonly archived: boolean;
  /** Set for a re-assessment: the earlier workshop on the same cluster. */
  readonly previousWorkshopId: string | null;
}

/**
 * The workshops a facilitator runs (owned and co-facilitated), either the active ones or the archived ones. The
 * current step is read from each workshop's stored control document: one indexed read of a few small rows per
 * workshop. `npm run bench:web` measures it (`dashboardListing`): ~0.3 s for 200 workshops whose control logs hold
 * 40 uncompacted updates each, on the 2-core dev machine — the sync server compacts logs, so real rows are cheaper.
 * Past several hundred active workshops this wants a page size, or the step mirrored into the workshops table.
 */
export async function listDashboard(app: AppStore, docs: DocStore, userId: Parameters<AppStore["listWorkshopSummaries"]>[0], view: "active" | "archived"): Promise<DashboardRow[]> {
  const summaries = (await app.listWorkshopSummaries(userId)).filter((s) => (view === "archived") === (s.workshop.archivedAt !== null));
  return Promise.all(
    summaries.map(async ({ workshop: w, role, participantCount }) => ({
      id: w.id,
      title: w.title,
      region: w.region,
      mode: w.mode,
      createdAt: w.createdAt,
      participantCount,
      currentStep: (await storedControl(docs, w.id)).step,
      role,
      closed: w.closedAt !== null,
      archived: w.archivedAt !== null,
      previousWorkshopId: w.previousWorkshopId,
    })),
  );
}
