import { describe, expect, it } from "vitest";
import { openSqlite } from "../db/sqlite";
import { parseServerEnv } from "../env";
import { createAccount } from "../service/accounts";
import { sqliteAuthAdapter } from "./adapter";
import { emailProvider, oidcProvider, signInMethods } from "./providers";

describe("next-auth adapter over the users table", () => {
  it("creates password-less accounts, links identities, verifies emails and uses link tokens once", async () => {
    const { app, close } = openSqlite(":memory:");
    const adapter = sqliteAuthAdapter(app, () => 1234);
    if (!adapter.createUser || !adapter.getUserByAccount || !adapter.linkAccount || !adapter.getUserByEmail || !adapter.updateUser) throw new Error("adapter incomplete");
    if (!adapter.createVerificationToken || !adapter.useVerificationToken || !adapter.getUser) throw new Error("adapter incomplete");

    const sso = await adapter.createUser({ email: "Kim@Example.org", name: "Kim", emailVerified: null });
    expect(sso).toMatchObject({ email: "kim@example.org", name: "Kim", emailVerified: null });
    expect(await app.findUserByEmail("kim@example.org")).toMatchObject({ authProvider: "oidc", passwordHash: null });
    await adapter.linkAccount({ userId: sso.id, provider: "oidc", providerAccountId: "sub-9", type: "oauth" });
    expect(await adapter.getUserByAccount({ provider: "oidc", providerAccountId: "sub-9" })).toMatchObject({ id: sso.id });
    expect(await adapter.getUserByAccount({ provider: "oidc", providerAccountId: "sub-x" })).toBeNull();
    expect(await adapter.getUser("not-an-id")).toBeNull();

    const byLink = await adapter.createUser({ email: "lee@example.org", emailVerified: new Date(5000) });
    expect(byLink).toMatchObject({ name: "lee", emailVerified: new Date(5000) });
    expect(await app.findUserByEmail("lee@example.org")).toMatchObject({ authProvider: "email" });

    // An existing password account signs in by link: it is found by email and marked verified.
    const pw = await createAccount(app, { email: "pat@example.org", password: "0123456789", name: "Pat" });
    if (!pw.ok) throw new Error("no account");
    expect(await adapter.getUserByEmail("PAT@example.org")).toMatchObject({ id: pw.user.id, emailVerified: null });
    expect(await adapter.updateUser({ id: pw.user.id, emailVerified: new Date(7000) })).toMatchObject({ emailVerified: new Date(7000) });

    await adapter.createVerificationToken({ identifier: "pat@example.org", token: "hashed", expires: new Date(9000) });
    expect(await adapter.useVerificationToken({ identifier: "pat@example.org", token: "hashed" })).toEqual({
      identifier: "pat@example.org",
      token: "hashed",
      expires: new Date(9000),
    });
    expect(await adapter.useVerificationToken({ identifier: "pat@example.org", token: "hashed" })).toBeNull();
    close();
  });
});

describe("optional sign-in methods from the environment", () => {
  it("offers only passwords with no variables", () => {
    const env = parseServerEnv({});
    expect(signInMethods(env)).toEqual({ sso: null, emailLinks: false });
    expect(oidcProvider(env)).toBeNull();
    expect(emailProvider(env)).toBeNull();
  });

  it("turns on single sign-on and email links when configured, and refuses half a configuration", () => {
    const env = parseServerEnv({
      OIDC_ISSUER: "https://login.example.org/realms/csei/",
      OIDC_CLIENT_ID: "csei",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Keycloak",
      SMTP_URL: "smtp://mail.example.org:587",
      EMAIL_FROM: "CSEI Studio <noreply@example.org>",
    });
    expect(signInMethods(env)).toEqual({ sso: { id: "oidc", name: "Keycloak" }, emailLinks: true });
    const provider = oidcProvider(env);
    expect(provider).toMatchObject({ id: "oidc", wellKnown: "https://login.example.org/realms/csei/.well-known/openid-configuration", idToken: true });
    expect(provider?.profile({ sub: "42", email: "Ann@Example.org", name: "Ann" }, {})).toEqual({ id: "42", email: "ann@example.org", name: "Ann" });
    expect(() => parseServerEnv({ OIDC_ISSUER: "https://login.example.org" })).toThrow(/OIDC_ISSUER/);
    expect(() => parseServerEnv({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/EMAIL_FROM/);
  });
});
