import type { IndividualSheet, ProfileOverlay } from "@/components/chart/spider-chart";
import type { ProfileResult } from "@/lib/sync/schema";
import type { RoomContent } from "./room-content";

const NO_OVERLAYS: readonly ProfileOverlay[] = [];
const NO_SHEETS: readonly IndividualSheet[] = [];

/** The revealed per-sector medians as chart overlays, in content order, labelled in the person's language. */
export function sectorOverlays(result: ProfileResult, content: Pick<RoomContent, "sectors">): readonly ProfileOverlay[] {
  if (!result.revealed || !result.bySector) return NO_OVERLAYS;
  const bySector = result.bySector;
  const order = Object.keys(content.sectors);
  return Object.keys(bySector)
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map((id) => ({
      id,
      label: content.sectors[id] ?? id,
      values: Object.fromEntries(Object.entries(bySector[id] ?? {}).map(([dim, agg]) => [dim, agg.median])),
    }));
}

/** Everybody's revealed sheets (non-anonymous workshops only; otherwise none). */
export function individualSheets(result: ProfileResult): readonly IndividualSheet[] {
  if (!result.revealed || !result.individual) return NO_SHEETS;
  return result.individual.map((i) => ({ id: i.participantId, values: i.scores }));
}

/** The illustrative case profiles from the content. */
export function caseOverlays(content: Pick<RoomContent, "caseProfiles">): readonly ProfileOverlay[] {
  return (content.caseProfiles ?? []).map((c) => ({ id: c.id, label: c.name, values: c.levels }));
}
