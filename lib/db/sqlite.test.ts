import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { joinCodeSchema, newId, participantIdSchema, userIdSchema, workshopIdSchema } from "../validation/ids";
import { openSqlite } from "./sqlite";

const user = () => ({
  id: userIdSchema.parse(newId()),
  email: `${newId()}@example.org`,
  name: "F",
  passwordHash: "h",
  createdAt: 1,
  authProvider: "credentials" as const,
  emailVerifiedAt: null,
});

describe("SQLite stores", () => {
  it("keeps users, workshops and participants across reopening", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "csei-db-")), "csei.sqlite");
    const first = openSqlite(file);
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
      createdAt: 2,
      closedAt: null,
      archivedAt: null,
      previousWorkshopId: null,
      observerKey: "0123456789abcdef01234567",
    };
    expect(await first.app.createWorkshop(w)).toEqual(w);
    expect(await first.app.createWorkshop({ ...w, id: workshopIdSchema.parse(newId()) })).toBeNull();
    first.close();

    const second = openSqlite(file);
    expect(await second.app.findUserByEmail(u.email)).toEqual(u);
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
    expect(await second.app.workshopStatus(workshopIdSchema.parse(newId()))).toBe("missing");
    const p = { id: participantIdSchema.parse(newId()), workshopId: w.id, name: "P", sector: "public", createdAt: 8, removedAt: null, organisation: "", deviceSecretHash: null };
    await second.app.addParticipant(p);
    expect(await second.app.participantStatus(p.id)).toBe("active");
    expect(await second.app.removeParticipant(workshopIdSchema.parse(newId()), p.id, 9)).toBe(false);
    expect(await second.app.removeParticipant(w.id, p.id, 9)).toBe(true);
    expect(await second.app.removeParticipant(w.id, p.id, 10)).toBe(true);
    expect(await second.app.findParticipant(p.id)).toMatchObject({ removedAt: 9 });
    expect(await second.app.participantStatus(p.id)).toBe("removed");
    second.close();
  });

  it("appends, lists and compacts document updates", async () => {
    const { docs, close } = openSqlite(":memory:");
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    doc.getText("t").insert(0, "hello");
    doc.getText("t").insert(5, " world");
    for (const u of updates) await docs.appendUpdate("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb", u);
    await docs.appendUpdate("w/aaaaaaaaaaaaaaaa/board", updates[0] ?? new Uint8Array());
    await docs.appendUpdate("w/aaaaaaaaaaaaaaab/private/cccccccccccccccc", updates[0] ?? new Uint8Array());

    expect(await docs.listDocs("w/aaaaaaaaaaaaaaaa/private/")).toEqual(["w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb"]);
    const loaded = await docs.loadDoc("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb");
    expect(loaded.updates).toHaveLength(2);
    const replica = new Y.Doc();
    for (const u of loaded.updates) Y.applyUpdate(replica, u);
    expect(replica.getText("t").toString()).toBe("hello world");

    await docs.compactDoc("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb", Y.encodeStateAsUpdate(replica), loaded.lastSeq);
    const compacted = await docs.loadDoc("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb");
    expect(compacted.updates).toHaveLength(1);
    const again = new Y.Doc();
    Y.applyUpdate(again, compacted.updates[0] ?? new Uint8Array());
    expect(again.getText("t").toString()).toBe("hello world");
    expect(await docs.loadDoc("w/aaaaaaaaaaaaaaaa/board")).toMatchObject({ updates: [expect.any(Uint8Array)] });
    close();
  });
});
