import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "../db/sqlite";
import type { DocStore } from "../db/types";
import { roomName } from "../sync/rooms";
import { EMPTY_RESULTS, writeResults, type Results } from "../sync/schema";
import { newId, participantIdSchema, type WorkshopId } from "../validation/ids";
import { syncClaimsSchema, type SyncClaims } from "../validation/token";
import { createAccount } from "./accounts";
import { earlierProfileFor, loadEarlierProfile } from "./earlier-profile";
import { createWorkshop } from "./workshops";

const agg = (median: number | null) => ({ n: 3, notAssessed: 0, median, q1: median, q3: median, min: median, max: median });
const REVEALED: Results = {
  ...EMPTY_RESULTS,
  baseline: { revealed: true, respondents: 3, dimensions: { governance: agg(2), funding: agg(3.5), network: agg(null) } },
};

/** Stores a results document the way the sync server does: as appended updates. */
async function storeResults(docs: DocStore, workshopId: WorkshopId, results: Results) {
  const doc = new Y.Doc();
  const pending: Promise<number>[] = [];
  doc.on("update", (u: Uint8Array) => pending.push(docs.appendUpdate(roomName({ kind: "results", workshopId }), u)));
  writeResults(doc, results);
  await Promise.all(pending);
  doc.destroy();
}

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function setup() {
  const { app, docs, close } = openSqlite(":memory:");
  closers.push(close);
  const owner = await createAccount(app, { email: "o@example.org", password: "0123456789", name: "Olga" });
  const other = await createAccount(app, { email: "x@example.org", password: "0123456789", name: "Xavier" });
  if (!owner.ok || !other.ok) throw new Error("accounts");
  const first = await createWorkshop(app, owner.user.id, { title: "Pomerania 2025", region: "Pomorskie", mode: "create" }, Date.UTC(2025, 2, 14));
  const again = await createWorkshop(app, owner.user.id, { title: "Pomerania 2026", region: "Pomorskie", mode: "evaluate", previousWorkshopId: first.id }, Date.UTC(2026, 2, 14));
  const participant = await app.addParticipant({ id: participantIdSchema.parse(newId()), workshopId: again.id, name: "P", sector: "public", createdAt: 1, removedAt: null });
  const claims = (role: SyncClaims["role"], sub: string, wid: string = again.id): SyncClaims =>
    syncClaimsSchema.parse({ role, sub, wid, name: "N", iat: 0, exp: 1, ...(role === "participant" ? { sector: "public" } : {}) });
  return { app, docs, owner: owner.user, other: other.user, first, again, participant, claims };
}

describe("the earlier assessment of a re-assessment", () => {
  it("reads the earlier workshop's revealed baseline medians, with its title and date", async () => {
    const { app, docs, first, again } = await setup();
    expect(await loadEarlierProfile(app, docs, again)).toBeNull(); // nothing revealed back then: no group profile
    await storeResults(docs, first.id, REVEALED);
    expect(await loadEarlierProfile(app, docs, again)).toEqual({
      title: "Pomerania 2025",
      date: Date.UTC(2025, 2, 14),
      respondents: 3,
      values: { governance: 2, funding: 3.5, network: null },
    });
    expect(await loadEarlierProfile(app, docs, first)).toBeNull(); // not a re-assessment
    await app.setWorkshopClosed(first.id, true, Date.UTC(2025, 2, 15));
    expect((await loadEarlierProfile(app, docs, again))?.date).toBe(Date.UTC(2025, 2, 15)); // the day it ended
    await app.deleteWorkshop(first.id);
    expect(await loadEarlierProfile(app, docs, again)).toBeNull();
  });

  it("shows it to facilitators always and to participants and observers only after this workshop's reveal", async () => {
    const { app, docs, owner, other, first, again, participant, claims } = await setup();
    await storeResults(docs, first.id, REVEALED);
    const forOwner = await earlierProfileFor(app, docs, again.id, claims("facilitator", owner.id));
    expect(forOwner).toMatchObject({ ok: true, earlier: { title: "Pomerania 2025" } });
    expect(await earlierProfileFor(app, docs, again.id, claims("facilitator", other.id))).toEqual({ ok: false, reason: "forbidden" });
    expect(await earlierProfileFor(app, docs, again.id, claims("participant", participant.id))).toEqual({ ok: false, reason: "not-revealed" });
    expect(await earlierProfileFor(app, docs, again.id, claims("observer", "o-1"))).toEqual({ ok: false, reason: "not-revealed" });

    await storeResults(docs, again.id, { ...EMPTY_RESULTS, baseline: { revealed: true, respondents: 1, dimensions: { governance: agg(4) } } });
    expect(await earlierProfileFor(app, docs, again.id, claims("participant", participant.id))).toEqual(forOwner);
    expect(await earlierProfileFor(app, docs, again.id, claims("observer", "o-1"))).toEqual(forOwner);
    // A token for another workshop, or the earlier workshop's id with this token, opens nothing.
    expect(await earlierProfileFor(app, docs, first.id, claims("participant", participant.id))).toEqual({ ok: false, reason: "forbidden" });
    expect(await earlierProfileFor(app, docs, first.id, claims("participant", participant.id, first.id))).toEqual({ ok: false, reason: "forbidden" });

    await app.removeParticipant(again.id, participant.id, 9);
    expect(await earlierProfileFor(app, docs, again.id, claims("participant", participant.id))).toEqual({ ok: false, reason: "forbidden" });
  });
});
