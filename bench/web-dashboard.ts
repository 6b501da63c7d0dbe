import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { openSqlite } from "../lib/db/sqlite";
import { setReveal, setStep } from "../lib/sync/schema";
import { createAccount } from "../lib/service/accounts";
import { listDashboard } from "../lib/service/dashboard";
import { createWorkshop } from "../lib/service/workshops";
import { newId, participantIdSchema } from "../lib/validation/ids";

/**
 * The dashboard's server-side cost for a facilitator with months of workshops: `workshops` workshops, each with a
 * control document of `updates` stored (uncompacted) updates and a few participants, listed with their current step
 * read from those documents. SQLite in memory, so this is the CPU cost; median of `runs` listings in ms.
 */
export async function measureDashboardListing(workshops = 200, updates = 40, runs = 7): Promise<{ workshops: number; updatesPerControlDoc: number; medianMs: number }> {
  const { app, docs, close } = openSqlite(":memory:");
  const account = await createAccount(app, { email: "months@example.org", password: "0123456789", name: "Months" });
  if (!account.ok) throw new Error("no account");
  for (let i = 0; i < workshops; i += 1) {
    const w = await createWorkshop(app, account.user.id, { title: `Workshop ${i}`, region: "R", mode: "create" }, i);
    const doc = new Y.Doc();
    const pending: Promise<number>[] = [];
    doc.on("update", (u: Uint8Array) => pending.push(docs.appendUpdate(`w/${w.id}/control`, u)));
    for (let u = 0; u < updates; u += 1) {
      if (u % 2) setStep(doc, 1 + (u % 5));
      else setReveal(doc, "baseline", u % 4 === 0);
    }
    await Promise.all(pending);
    for (let p = 0; p < 5; p += 1) {
      await app.addParticipant({ id: participantIdSchema.parse(newId()), workshopId: w.id, name: "P", sector: "public", createdAt: i, removedAt: null });
    }
  }
  const times: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    const rows = await listDashboard(app, docs, account.user.id, "active");
    times.push(performance.now() - start);
    if (rows.length !== workshops) throw new Error(`listed ${rows.length} of ${workshops}`);
  }
  close();
  times.sort((a, b) => a - b);
  return { workshops, updatesPerControlDoc: updates, medianMs: Math.round((times[Math.floor(runs / 2)] ?? 0) * 10) / 10 };
}
