import { describe, expect, it } from "vitest";
import { joinCodeSchema, newId, newJoinCode, participantIdSchema, userIdSchema, workshopIdSchema, type UserId } from "../validation/ids";
import { freshPlaceEach, TEST_BACKENDS } from "./test-backends";
import type { AppStore } from "./types";

const user = () => ({
  id: userIdSchema.parse(newId()),
  email: `${newId()}@example.org`,
  name: "F",
  passwordHash: "h",
  createdAt: 1,
  authProvider: "credentials" as const,
  emailVerifiedAt: null,
});

const newUser = (email: string, passwordHash: string | null = "h") => ({
  id: userIdSchema.parse(newId()),
  email,
  name: email.split("@")[0] ?? "x",
  passwordHash,
  createdAt: 1,
});

async function workshop(app: AppStore, ownerId: UserId, createdAt: number, title = "W") {
  const created = await app.createWorkshop({
    id: workshopIdSchema.parse(newId()),
    ownerId,
    title,
    region: "R",
    mode: "create",
    joinCode: newJoinCode(),
    createdAt,
    closedAt: null,
    archivedAt: null,
  });
  if (!created) throw new Error("not created");
  return created;
}

describe.each(TEST_BACKENDS)("AppStore contract ($kind)", (backend) => {
  const fresh = freshPlaceEach(backend);

  it("keeps users, workshops and participants across reopening, with their lifecycle", async () => {
    const first = fresh.stores;
    const u = user();
    expect(await first.app.createUser(u)).toEqual(u);
    expect(await first.app.createUser({ ...u, id: userIdSchema.parse(newId()), email: u.email.toUpperCase() })).toBeNull();
    const w = {
      id: workshopIdSchema.parse(newId()),
      ownerId: u.id,
      title: "T",
      region: "R",
      mode: "evaluate" as const,
      joinCode: joinCodeSchema.parse("ACDEFGHJ"),
      createdAt: Date.UTC(2026, 10, 27),
      closedAt: null,
      archivedAt: null,
      previousWorkshopId: null,
      observerKey: "0123456789abcdef01234567",
    };
    expect(await first.app.createWorkshop(w)).toEqual(w);
    expect(await first.app.createWorkshop({ ...w, id: workshopIdSchema.parse(newId()) })).toBeNull();
    await first.close();

    const second = await fresh.place.open();
    expect(await second.app.findUserByEmail(u.email)).toEqual(u);
    expect(await second.app.findUserById(u.id)).toEqual(u);
    expect(await second.app.findWorkshopByCode(w.joinCode)).toEqual(w);
    expect(await second.app.listWorkshops(u.id)).toEqual([w]);

    // Lifecycle: close, archive, remove a participant.
    expect(await second.app.workshopStatus(w.id)).toBe("open");
    expect(await second.app.setWorkshopClosed(w.id, true, 5)).toBe(true);
    expect(await second.app.workshopStatus(w.id)).toBe("closed");
    expect(await second.app.findWorkshop(w.id)).toMatchObject({ closedAt: 5, archivedAt: null });
    await second.app.setWorkshopClosed(w.id, false, 6);
    expect(await second.app.workshopStatus(w.id)).toBe("open");
    expect(await second.app.setWorkshopArchived(w.id, true, 7)).toBe(true);
    expect(await second.app.findWorkshop(w.id)).toMatchObject({ archivedAt: 7 });
    expect(await second.app.setWorkshopClosed(workshopIdSchema.parse(newId()), true, 8)).toBe(false);
    expect(await second.app.workshopStatus(workshopIdSchema.parse(newId()))).toBe("missing");
    const p = { id: participantIdSchema.parse(newId()), workshopId: w.id, name: "P", sector: "public", createdAt: 8, removedAt: null, organisation: "", deviceSecretHash: null };
    expect(await second.app.addParticipant(p)).toEqual(p);
    expect(await second.app.listParticipants(w.id)).toEqual([p]);
    expect(await second.app.participantStatus(p.id)).toBe("active");
    expect(await second.app.participantStatus(participantIdSchema.parse(newId()))).toBe("missing");
    expect(await second.app.removeParticipant(workshopIdSchema.parse(newId()), p.id, 9)).toBe(false);
    expect(await second.app.removeParticipant(w.id, p.id, 9)).toBe(true);
    expect(await second.app.removeParticipant(w.id, p.id, 10)).toBe(true);
    expect(await second.app.findParticipant(p.id)).toMatchObject({ removedAt: 9 });
    expect(await second.app.participantStatus(p.id)).toBe("removed");
  });

  it("stores a password-less account and links an external identity to it", async () => {
    const { app } = fresh.stores;
    const u = await app.createUser({ ...newUser("sso@example.org", null), authProvider: "oidc" });
    expect(u).toMatchObject({ passwordHash: null, authProvider: "oidc", emailVerifiedAt: null });
    expect(await app.findUserByEmail("SSO@example.org")).toMatchObject({ passwordHash: null, authProvider: "oidc" });
    if (!u) throw new Error("no user");
    expect(await app.findUserByIdentity("oidc", "sub-1")).toBeNull();
    await app.linkIdentity("oidc", "sub-1", u.id, 5);
    await app.linkIdentity("oidc", "sub-1", u.id, 6);
    expect(await app.findUserByIdentity("oidc", "sub-1")).toMatchObject({ id: u.id });
    expect(await app.markEmailVerified(u.id, 7)).toMatchObject({ emailVerifiedAt: 7 });
    expect(await app.markEmailVerified(u.id, 8)).toMatchObject({ emailVerifiedAt: 7 });
    expect(await app.markEmailVerified(userIdSchema.parse(newId()), 8)).toBeNull();
  });

  it("uses a sign-in link token exactly once", async () => {
    const { app } = fresh.stores;
    await app.createVerificationToken({ identifier: "a@example.org", tokenHash: "t1", expiresAt: 99 });
    await app.createVerificationToken({ identifier: "b@example.org", tokenHash: "t2", expiresAt: 90 });
    // Storing the same token again replaces it (a resent link).
    await app.createVerificationToken({ identifier: "b@example.org", tokenHash: "t2", expiresAt: 95 });
    expect(await app.useVerificationToken("a@example.org", "other")).toBeNull();
    expect(await app.useVerificationToken("a@example.org", "t2")).toBeNull();
    expect(await app.useVerificationToken("A@example.org", "t1")).toEqual({ identifier: "a@example.org", tokenHash: "t1", expiresAt: 99 });
    expect(await app.useVerificationToken("a@example.org", "t1")).toBeNull();
    expect(await app.useVerificationToken("b@example.org", "t2")).toEqual({ identifier: "b@example.org", tokenHash: "t2", expiresAt: 95 });
  });

  it("gives an invited email facilitator rights once an account with it exists, lists it, and deletes with cascade", async () => {
    const { app, docs } = fresh.stores;
    const owner = await app.createUser(newUser("owner@example.org"));
    if (!owner) throw new Error("no owner");
    const first = await workshop(app, owner.id, 10, "First");
    const second = await workshop(app, owner.id, 20, "Second");
    expect(first.observerKey).toMatch(/^[0-9a-f]{24}$/);
    expect(first.observerKey).not.toBe(second.observerKey);
    expect(await app.findWorkshopByObserverKey(first.observerKey)).toMatchObject({ id: first.id });
    expect(await app.findWorkshopByObserverKey("ffffffffffffffffffffffff")).toBeNull();

    expect(await app.inviteFacilitator({ workshopId: first.id, email: "Co@Example.org", invitedBy: owner.id, createdAt: 30 })).toBe(true);
    expect(await app.inviteFacilitator({ workshopId: first.id, email: "co@example.org", invitedBy: owner.id, createdAt: 31 })).toBe(false);
    expect(await app.listFacilitatorInvites(first.id)).toEqual([
      { workshopId: first.id, email: "Co@Example.org", invitedBy: owner.id, createdAt: 30, hasAccount: false },
    ]);

    const co = await app.createUser(newUser("co@example.org"));
    if (!co) throw new Error("no co");
    expect((await app.listFacilitatorInvites(first.id))[0]?.hasAccount).toBe(true);
    expect(await app.facilitatorRole(first.id, owner.id)).toBe("facilitator");
    expect(await app.facilitatorRole(first.id, co.id)).toBe("co-facilitator");
    expect(await app.facilitatorRole(second.id, co.id)).toBeNull();
    expect(await app.facilitatorRole(workshopIdSchema.parse(newId()), owner.id)).toBeNull();

    await app.addParticipant({ id: participantIdSchema.parse(newId()), workshopId: first.id, name: "A", sector: "public", createdAt: 40, removedAt: null });
    const removed = participantIdSchema.parse(newId());
    await app.addParticipant({ id: removed, workshopId: first.id, name: "B", sector: "public", createdAt: 41, removedAt: null, organisation: "Org", deviceSecretHash: "ab" });
    await app.removeParticipant(first.id, removed, 42);
    expect(await app.findParticipant(removed)).toMatchObject({ organisation: "Org", deviceSecretHash: "ab", removedAt: 42 });
    expect((await app.listParticipants(first.id)).map((p) => p.name)).toEqual(["A", "B"]);

    const ownerView = await app.listWorkshopSummaries(owner.id);
    expect(ownerView.map((s) => [s.workshop.title, s.role, s.participantCount])).toEqual([
      ["Second", "facilitator", 0],
      ["First", "facilitator", 1],
    ]);
    expect((await app.listWorkshopSummaries(co.id)).map((s) => [s.workshop.title, s.role])).toEqual([["First", "co-facilitator"]]);

    expect(await app.revokeFacilitator(first.id, "CO@example.org")).toBe(true);
    expect(await app.revokeFacilitator(first.id, "CO@example.org")).toBe(false);
    expect(await app.facilitatorRole(first.id, co.id)).toBeNull();
    expect(await app.listWorkshopSummaries(co.id)).toEqual([]);

    // Deleting removes participants, invitations and every stored document of that workshop only.
    await app.inviteFacilitator({ workshopId: first.id, email: "co@example.org", invitedBy: owner.id, createdAt: 50 });
    await docs.appendUpdate(`w/${first.id}/board`, new Uint8Array([0, 0]));
    await docs.appendUpdate(`w/${first.id}/private/${removed}`, new Uint8Array([0, 0]));
    await docs.appendUpdate(`w/${second.id}/board`, new Uint8Array([0, 0]));
    const reassessment = await app.createWorkshop({ ...second, id: workshopIdSchema.parse(newId()), joinCode: newJoinCode(), observerKey: undefined, previousWorkshopId: first.id });
    expect(await app.renameWorkshop(first.id, "Renamed")).toBe(true);
    expect(await app.findWorkshop(first.id)).toMatchObject({ title: "Renamed" });
    expect(await app.deleteWorkshop(first.id)).toBe(true);
    expect(await app.deleteWorkshop(first.id)).toBe(false);
    expect(await app.renameWorkshop(first.id, "Gone")).toBe(false);
    expect(await app.findWorkshop(first.id)).toBeNull();
    expect(await app.findParticipant(removed)).toBeNull();
    expect(await app.listFacilitatorInvites(first.id)).toEqual([]);
    expect(await docs.listDocs(`w/${first.id}/`)).toEqual([]);
    expect(await docs.listDocs(`w/${second.id}/`)).toEqual([`w/${second.id}/board`]);
    expect(await app.findWorkshop(reassessment?.id ?? workshopIdSchema.parse(newId()))).toMatchObject({ previousWorkshopId: null });
    expect(await app.workshopStatus(first.id)).toBe("missing");
  });
});
