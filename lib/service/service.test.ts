import { describe, expect, it } from "vitest";
import { verifySyncToken } from "../auth/sync-token";
import { openSqlite } from "../db/sqlite";
import { joinCodeSchema } from "../validation/ids";
import { authenticate, createAccount } from "./accounts";
import { joinWorkshop } from "./join";
import { createWorkshop, workshopLinks } from "./workshops";

const secret = "k".repeat(40);

describe("accounts, workshops and joining", () => {
  it("signs up, authenticates, creates a workshop and lets a participant join by code", async () => {
    const { app, close } = openSqlite(":memory:");
    const created = await createAccount(app, { email: "f@example.org", password: "0123456789", name: "Fran" });
    if (!created.ok) throw new Error("account not created");
    expect(await createAccount(app, { email: "f@example.org", password: "0123456789", name: "Again" })).toEqual({ ok: false, reason: "email-taken" });
    expect(await authenticate(app, "f@example.org", "0123456789")).toMatchObject({ id: created.user.id });
    expect(await authenticate(app, "f@example.org", "wrong-password")).toBeNull();
    expect(await authenticate(app, "nobody@example.org", "0123456789")).toBeNull();

    const workshop = await createWorkshop(app, created.user.id, { title: "Pomerania CSEI", region: "Pomorskie", mode: "create" });
    expect(workshopLinks("http://10.0.0.5:3000/", workshop)).toMatchObject({
      joinUrl: `http://10.0.0.5:3000/j/${workshop.joinCode}`,
      roomUrl: `http://10.0.0.5:3000/w/${workshop.id}`,
    });

    const joined = await joinWorkshop(app, { code: workshop.joinCode, name: "Ala", sector: "academia" }, { secret, syncUrl: "ws://h:3001" });
    if (!joined.ok) throw new Error("join failed");
    expect(joined.grant.rooms.private).toBe(`w/${workshop.id}/private/${joined.participant.id}`);
    expect(await verifySyncToken(joined.grant.token, secret)).toMatchObject({ role: "participant", sub: joined.participant.id, wid: workshop.id });
    expect(await app.listParticipants(workshop.id)).toHaveLength(1);

    const unknown = await joinWorkshop(app, { code: joinCodeSchema.parse("CCCCCCCC"), name: "B", sector: "public" }, { secret, syncUrl: "ws://h:3001" });
    expect(unknown).toEqual({ ok: false, reason: "unknown-code" });
    close();
  });
});
