import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { hashDeviceSecret } from "../auth/device-secret";
import { verifySyncToken } from "../auth/sync-token";
import { TEST_BACKENDS, type StorePlace, type TestBackend } from "../db/test-backends";
import { setReveal, setStep } from "../sync/schema";
import { joinCodeSchema } from "../validation/ids";
import { authenticate, createAccount } from "./accounts";
import { listDashboard } from "./dashboard";
import { exportWorkshop } from "./export";
import { joinWorkshop } from "./join";
import { renewParticipant } from "./participants";
import { duplicateWorkshop, inviteCoFacilitator } from "./workshop-admin";
import { canFacilitate, createWorkshop, workshopLinks } from "./workshops";

const secret = "k".repeat(40);
const opts = { secret, syncUrl: "ws://h:3001" };

// Every test runs against SQLite and PostgreSQL; each gets an empty database, removed afterwards.
const places: StorePlace[] = [];
afterEach(async () => {
  for (const place of places.splice(0)) await place.cleanup();
});

async function setup(backend: TestBackend) {
  const place = await backend.place();
  places.push(place);
  const stores = await place.open();
  const created = await createAccount(stores.app, { email: "f@example.org", password: "0123456789", name: "Fran" });
  if (!created.ok) throw new Error("account not created");
  const workshop = await createWorkshop(stores.app, created.user.id, { title: "Pomerania CSEI", region: "Pomorskie", mode: "create" });
  return { ...stores, owner: created.user, workshop };
}

describe.each(TEST_BACKENDS)("accounts, workshops and joining ($kind)", (backend) => {
  it("signs up, authenticates, creates a workshop and lets a participant join by code", async () => {
    const { app, owner, workshop } = await setup(backend);
    expect(await createAccount(app, { email: "f@example.org", password: "0123456789", name: "Again" })).toEqual({ ok: false, reason: "email-taken" });
    expect(await authenticate(app, "f@example.org", "0123456789")).toMatchObject({ id: owner.id });
    expect(await authenticate(app, "f@example.org", "wrong-password")).toBeNull();
    expect(await authenticate(app, "nobody@example.org", "0123456789")).toBeNull();
    expect(workshopLinks("http://10.0.0.5:3000/", workshop)).toMatchObject({
      joinUrl: `http://10.0.0.5:3000/j/${workshop.joinCode}`,
      roomUrl: `http://10.0.0.5:3000/w/${workshop.id}`,
      projectorUrl: `http://10.0.0.5:3000/w/${workshop.id}/projector`,
      observerUrl: `http://10.0.0.5:3000/o/${workshop.observerKey}`,
    });

    const joined = await joinWorkshop(app, { code: workshop.joinCode, name: "Ala", sector: "academia", organisation: "Uni Gdańsk" }, opts);
    if (!joined.ok) throw new Error("join failed");
    expect(joined.grant.rooms.private).toBe(`w/${workshop.id}/private/${joined.participant.id}`);
    expect(await verifySyncToken(joined.grant.token, secret)).toMatchObject({ role: "participant", sub: joined.participant.id, wid: workshop.id });
    expect(joined.grant.tokenExpiresAt - joined.grant.tokenIssuedAt).toBe(12 * 60 * 60);
    // The device secret is handed out once and stored only as a hash.
    expect(joined.grant.deviceSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await app.findParticipant(joined.participant.id);
    expect(stored).toMatchObject({ organisation: "Uni Gdańsk", deviceSecretHash: hashDeviceSecret(joined.grant.deviceSecret) });
    expect(JSON.stringify(stored)).not.toContain(joined.grant.deviceSecret);

    const unknown = await joinWorkshop(app, { code: joinCodeSchema.parse("CCCCCCCC"), name: "B", sector: "public", organisation: "" }, opts);
    expect(unknown).toEqual({ ok: false, reason: "unknown-code" });
    await app.setWorkshopClosed(workshop.id, true, 5);
    expect(await joinWorkshop(app, { code: workshop.joinCode, name: "C", sector: "public", organisation: "" }, opts)).toMatchObject({ ok: false, reason: "closed" });
  });

  it("renews a participant's token only with their device secret, and never once removed", async () => {
    const { app, workshop } = await setup(backend);
    const joined = await joinWorkshop(app, { code: workshop.joinCode, name: "Ala", sector: "public", organisation: "" }, opts);
    if (!joined.ok) throw new Error("join failed");
    const body = { workshopId: workshop.id, participantId: joined.participant.id, deviceSecret: joined.grant.deviceSecret };
    const later = Date.now() + 3 * 60 * 60 * 1000;
    const renewed = await renewParticipant(app, body, { secret, now: later });
    if (!renewed.ok) throw new Error("not renewed");
    expect(renewed).toMatchObject({ workshopClosed: false, tokenIssuedAt: Math.floor(later / 1000) });
    expect(await verifySyncToken(renewed.token, secret)).toMatchObject({ sub: joined.participant.id, name: "Ala" });

    expect(await renewParticipant(app, { ...body, deviceSecret: "x".repeat(43) }, { secret })).toEqual({ ok: false, reason: "invalid-device" });
    const otherWorkshop = await createWorkshop(app, workshop.ownerId, { title: "Other", region: "", mode: "create" });
    expect(await renewParticipant(app, { ...body, workshopId: otherWorkshop.id }, { secret })).toEqual({ ok: false, reason: "not-found" });
    await app.setWorkshopClosed(workshop.id, true, 6);
    expect(await renewParticipant(app, body, { secret })).toMatchObject({ ok: true, workshopClosed: true });
    await app.removeParticipant(workshop.id, joined.participant.id, 7);
    expect(await renewParticipant(app, body, { secret })).toEqual({ ok: false, reason: "removed" });
    await app.deleteWorkshop(workshop.id);
    expect(await renewParticipant(app, body, { secret })).toEqual({ ok: false, reason: "not-found" });
  });
});

describe.each(TEST_BACKENDS)("facilitating: one check, co-facilitators, re-assessments, dashboard, export ($kind)", (backend) => {
  it("decides every facilitator action through canFacilitate", async () => {
    const { app, owner, workshop } = await setup(backend);
    const co = await createAccount(app, { email: "co@example.org", password: "0123456789", name: "Co" });
    const stranger = await createAccount(app, { email: "x@example.org", password: "0123456789", name: "X" });
    if (!co.ok || !stranger.ok) throw new Error("accounts");
    expect(await inviteCoFacilitator(app, workshop, "F@example.org", owner.id)).toEqual({ ok: false, reason: "is-owner" });
    expect(await inviteCoFacilitator(app, workshop, "co@example.org", owner.id)).toEqual({ ok: true, hasAccount: true });
    expect(await inviteCoFacilitator(app, workshop, "co@example.org", owner.id)).toEqual({ ok: false, reason: "already-invited" });
    expect(await inviteCoFacilitator(app, workshop, "later@example.org", owner.id)).toEqual({ ok: true, hasAccount: false });

    expect(await canFacilitate(app, workshop.id, owner.id, "delete")).toMatchObject({ ok: true, role: "facilitator" });
    expect(await canFacilitate(app, workshop.id, co.user.id, "close")).toMatchObject({ ok: true, role: "co-facilitator" });
    expect(await canFacilitate(app, workshop.id, co.user.id, "delete")).toEqual({ ok: false, reason: "forbidden" });
    expect(await canFacilitate(app, workshop.id, co.user.id, "invite")).toEqual({ ok: false, reason: "forbidden" });
    expect(await canFacilitate(app, workshop.id, stranger.user.id, "run")).toEqual({ ok: false, reason: "not-found" });
    expect(await canFacilitate(app, "../../etc", owner.id)).toEqual({ ok: false, reason: "not-found" });

    // The invitation waiting for sign-up takes effect when the account appears.
    const later = await createAccount(app, { email: "Later@example.org", password: "0123456789", name: "L" });
    if (!later.ok) throw new Error("later");
    expect(await canFacilitate(app, workshop.id, later.user.id)).toMatchObject({ ok: true, role: "co-facilitator" });
  });

  it("re-assesses a cluster: same title and region, evaluate mode, linked to the earlier workshop, team invited", async () => {
    const { app, owner, workshop } = await setup(backend);
    const co = await createAccount(app, { email: "co@example.org", password: "0123456789", name: "Co" });
    if (!co.ok) throw new Error("co");
    await inviteCoFacilitator(app, workshop, "co@example.org", owner.id);
    await inviteCoFacilitator(app, workshop, "third@example.org", owner.id);
    const copy = await duplicateWorkshop(app, workshop, co.user, 99);
    expect(copy).toMatchObject({ title: "Pomerania CSEI", region: "Pomorskie", mode: "evaluate", previousWorkshopId: workshop.id, ownerId: co.user.id, closedAt: null });
    expect(copy.joinCode).not.toBe(workshop.joinCode);
    expect((await app.listFacilitatorInvites(copy.id)).map((i) => i.email).sort()).toEqual(["f@example.org", "third@example.org"]);
    expect(await canFacilitate(app, copy.id, owner.id)).toMatchObject({ ok: true, role: "co-facilitator" });
  });

  it("lists the dashboard with participant counts and the current step from the stored control document, and exports", async () => {
    const { app, docs, owner, workshop } = await setup(backend);
    const joined = await joinWorkshop(app, { code: workshop.joinCode, name: "<img src=x onerror=alert(1)>", sector: "public", organisation: "" }, opts);
    if (!joined.ok) throw new Error("join");
    const control = new Y.Doc();
    control.on("update", (u: Uint8Array) => void docs.appendUpdate(`w/${workshop.id}/control`, u));
    setStep(control, 3);
    setReveal(control, "baseline", true);
    await new Promise((r) => setTimeout(r, 0));

    const rows = await listDashboard(app, docs, owner.id, "active");
    expect(rows).toEqual([expect.objectContaining({ id: workshop.id, participantCount: 1, currentStep: 3, role: "facilitator", closed: false, archived: false })]);
    await app.setWorkshopArchived(workshop.id, true, 1);
    expect(await listDashboard(app, docs, owner.id, "active")).toEqual([]);
    expect((await listDashboard(app, docs, owner.id, "archived")).map((r) => r.id)).toEqual([workshop.id]);

    const exported = await exportWorkshop(app, docs, workshop, 0);
    expect(exported).toMatchObject({
      exportVersion: 2,
      workshop: { id: workshop.id, title: "Pomerania CSEI" },
      participants: [{ id: joined.participant.id, name: "<img src=x onerror=alert(1)>", removed: false }],
      control: { step: 3, reveal: { baseline: true } },
      results: { baseline: { revealed: false, respondents: 0 } },
    });
    expect(JSON.stringify(exported)).not.toContain("deviceSecret");
  });
});
