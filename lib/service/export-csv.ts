import { toCsv } from "../workshop/csv";
import { RESOURCE_TYPES } from "../workshop/plan";
import type { CompleteExport } from "./export";

/** The columns of the CSV export: one long table, filterable by `table` (score, vote, goal, indicator, action, milestone). */
export const CSV_HEADER = ["table", "dimension_id", "dimension", "participant", "sector", "organisation", "item", "field", "value"] as const;

/** Labels for the CSV, in the facilitator's language. */
export interface CsvLabels {
  readonly dimensions: Readonly<Record<string, string>>;
  readonly sectors: Readonly<Record<string, string>>;
  readonly notAssessed: string;
}

/**
 * The workshop's scores, votes, goals (with indicators) and action plans (measures with owners and resources,
 * milestones, monitoring) as one CSV file for Excel (UTF-8 with BOM). Built from the complete export, so it says
 * the same as the JSON.
 */
export function exportCsv(data: CompleteExport, labels: CsvLabels): string {
  const dim = (id: string) => labels.dimensions[id] ?? id;
  const rows: (string | number)[][] = [];
  for (const p of data.participants) {
    const who = [p.name, labels.sectors[p.sector] ?? p.sector, p.organisation];
    for (const profile of ["baseline", "target"] as const) {
      for (const [id, value] of Object.entries(p.inputs.scores[profile])) {
        rows.push(["score", id, dim(id), ...who, "", profile, value === 0 ? labels.notAssessed : value]);
      }
    }
    for (const [id, dots] of Object.entries(p.inputs.ballot)) {
      if (typeof dots === "number" && dots > 0) rows.push(["vote", id, dim(id), ...who, "", "dots", dots]);
    }
  }
  const none = ["", "", ""];
  for (const goal of data.goals) {
    const d = [goal.dimensionId, dim(goal.dimensionId)];
    for (const field of ["statement", "outcome", "capability", "deadline"] as const) if (goal[field]) rows.push(["goal", ...d, ...none, "", field, goal[field]]);
    for (const i of goal.indicators) {
      for (const field of ["baseline", "target", "unit", "source"] as const) rows.push(["indicator", ...d, ...none, i.name, field, i[field]]);
    }
  }
  for (const plan of data.plans) {
    const d = [plan.dimensionId, dim(plan.dimensionId)];
    for (const m of plan.measures) {
      rows.push(["action", ...d, ...none, m.text, "type", m.type]);
      rows.push(["action", ...d, ...none, m.text, "owner", m.owner]);
      if (m.contributors) rows.push(["action", ...d, ...none, m.text, "contributors", m.contributors]);
      for (const r of RESOURCE_TYPES) if (m.resources[r] !== undefined) rows.push(["action", ...d, ...none, m.text, `resource:${r}`, m.resources[r] ?? ""]);
    }
    for (const [slot, text] of Object.entries(plan.milestones)) if (text) rows.push(["milestone", ...d, ...none, slot, "milestone", text]);
    if (plan.monitoring) rows.push(["milestone", ...d, ...none, "", "monitoring", plan.monitoring]);
  }
  return toCsv(CSV_HEADER, rows);
}
