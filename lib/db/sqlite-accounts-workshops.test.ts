import Database from "better-sqlite3";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newId, newJoinCode, participantIdSchema, userIdSchema, workshopIdSchema, type UserId } from "../validation/ids";
import { SQLITE_MIGRATIONS } from "./migrations";
import { openSqlite } from "./sqlite";
import type { AppStore } from "./types";

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

describe("accounts without passwords, identities and sign-in link tokens", () => {
  it("stores a password-less account and links an external identity to it", async () => {
    const { app, close } = openSqlite(":memory:");
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
    close();
  });

  it("uses a sign-in link token exactly once", async () => {
    const { app, close } = openSqlite(":memory:");
    await app.createVerificationToken({ identifier: "a@example.org", tokenHash: "t1", expiresAt: 99 });
    expect(await app.useVerificationToken("a@example.org", "other")).toBeNull();
    expect(await app.useVerificationToken("A@example.org", "t1")).toEqual({ identifier: "a@example.org", tokenHash: "t1", expiresAt: 99 });
    expect(await app.useVerificationToken("a@example.org", "t1")).toBeNull();
    close();
  });
});

describe("co-facilitators, summaries and deletion", () => {
  it("gives an invited email facilitator rights once an account with it exists, and lists it on their dashboard", async () => {
    const { app, docs, close } = openSqlite(":memory:");
    const owner = await app.createUser(newUser("owner@example.org"));
    if (!owner) throw new Error("no owner");
    const first = await workshop(app, owner.id, 10, "First");
    const second = await workshop(app, owner.id, 20, "Second");
    expect(first.observerKey).toMatch(/^[0-9a-f]{24}$/);
    expect(first.observerKey).not.toBe(second.observerKey);
    expect(await app.findWorkshopByObserverKey(first.observerKey)).toMatchObject({ id: first.id });

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

    const ownerView = await app.listWorkshopSummaries(owner.id);
    expect(ownerView.map((s) => [s.workshop.title, s.role, s.participantCount])).toEqual([
      ["Second", "facilitator", 0],
      ["First", "facilitator", 1],
    ]);
    expect((await app.listWorkshopSummaries(co.id)).map((s) => [s.workshop.title, s.role])).toEqual([["First", "co-facilitator"]]);

    expect(await app.revokeFacilitator(first.id, "CO@example.org")).toBe(true);
    expect(await app.facilitatorRole(first.id, co.id)).toBeNull();
    expect(await app.listWorkshopSummaries(co.id)).toEqual([]);

    // Deleting removes participants, invitations and every stored document of that workshop only.
    await app.inviteFacilitator({ workshopId: first.id, email: "co@example.org", invitedBy: owner.id, createdAt: 50 });
    await docs.appendUpdate(`w/${first.id}/board`, new Uint8Array([0, 0]));
    await docs.appendUpdate(`w/${first.id}/private/${removed}`, new Uint8Array([0, 0]));
    await docs.appendUpdate(`w/${second.id}/board`, new Uint8Array([0, 0]));
    const reassessment = await app.createWorkshop({ ...second, id: workshopIdSchema.parse(newId()), joinCode: newJoinCode(), observerKey: undefined, previousWorkshopId: first.id });
    expect(await app.renameWorkshop(first.id, "Renamed")).toBe(true);
    expect(await app.deleteWorkshop(first.id)).toBe(true);
    expect(await app.deleteWorkshop(first.id)).toBe(false);
    expect(await app.findWorkshop(first.id)).toBeNull();
    expect(await app.findParticipant(removed)).toBeNull();
    expect(await docs.listDocs(`w/${first.id}/`)).toEqual([]);
    expect(await docs.listDocs(`w/${second.id}/`)).toEqual([`w/${second.id}/board`]);
    expect(await app.findWorkshop(reassessment?.id ?? workshopIdSchema.parse(newId()))).toMatchObject({ previousWorkshopId: null });
    close();
  });
});

describe("migrations", () => {
  it("upgrade a version-2 database with its data; a second opener finds them applied", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "csei-mig-")), "csei.sqlite");
    const old = new Database(file);
    old.exec(SQLITE_MIGRATIONS[0] ?? "");
    old.exec(SQLITE_MIGRATIONS[1] ?? "");
    old.pragma("user_version = 2");
    old.prepare("INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('uuuuuuuuuuuuuuuu', 'a@b.c', 'A', 'h', 1)").run();
    old.prepare("INSERT INTO workshops (id, owner_id, title, region, mode, join_code, created_at) VALUES ('wwwwwwwwwwwwwwww', 'uuuuuuuuuuuuuuuu', 'T', '', 'create', 'ACDEFGHJ', 1)").run();
    old.close();

    const a = openSqlite(file);
    const b = openSqlite(file);
    expect(a.db.pragma("user_version", { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    const row = a.db.prepare("SELECT observer_key, previous_workshop_id FROM workshops").get();
    expect(row).toMatchObject({ observer_key: expect.stringMatching(/^[0-9a-f]{24}$/), previous_workshop_id: null });
    expect(a.db.prepare("SELECT auth_provider FROM users").get()).toEqual({ auth_provider: "credentials" });
    expect(b.db.pragma("user_version", { simple: true })).toBe(SQLITE_MIGRATIONS.length);
    a.close();
    b.close();
  });
});
