import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { newId, participantIdSchema, workshopIdSchema } from "../validation/ids";
import { hashPassword, verifyPassword } from "./password";
import { mintSyncToken, verifySyncToken } from "./sync-token";

const secret = "x".repeat(40);

describe("passwords", () => {
  it("hashes with a salt and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("wrong horse battery", a)).toBe(false);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
  });
});

describe("sync tokens", () => {
  const wid = workshopIdSchema.parse(newId());
  const sub = participantIdSchema.parse(newId());

  it("round-trip their claims", async () => {
    const token = await mintSyncToken({ role: "participant", sub, wid, name: "Ala", sector: "public" }, secret);
    expect(await verifySyncToken(token, secret)).toMatchObject({ role: "participant", sub, wid, name: "Ala", sector: "public" });
  });

  it("are refused when expired, signed with another secret, or with claims that do not fit", async () => {
    const expired = await mintSyncToken({ role: "observer", sub: "o", wid, name: "x", iat: 1000, exp: 2000 }, secret);
    expect(await verifySyncToken(expired, secret)).toBeNull();
    const foreign = await mintSyncToken({ role: "observer", sub: "o", wid, name: "x" }, "y".repeat(40));
    expect(await verifySyncToken(foreign, secret)).toBeNull();
    const forged = await new SignJWT({ role: "admin", sub, wid, name: "x" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("csei-studio")
      .setAudience("csei-sync")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(secret));
    expect(await verifySyncToken(forged, secret)).toBeNull();
    expect(await verifySyncToken("garbage", secret)).toBeNull();
  });
});
