import { test as base, type Browser, type BrowserContext } from "@playwright/test";
import { AppServer } from "./fixtures/app-server";
import { startMockOidc, type MockOidc } from "./fixtures/mock-oidc";
import { linkIn, startSmtpSink, type SmtpSink } from "./fixtures/smtp-sink";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations } from "./fixtures/test";

// This spec runs its own app with single sign-on and email links configured, on ports next to the suite's.
const portBase = Number(process.env.E2E_PORT_BASE ?? 3100) + 50;
const test = base.extend<object, { sso: { app: AppServer; oidc: MockOidc; smtp: SmtpSink } }>({
  sso: [
    async ({}, use) => {
      const [webPort, syncPort, oidcPort, smtpPort] = [portBase, portBase + 1, portBase + 2, portBase + 3];
      const oidc = await startMockOidc(oidcPort, `http://127.0.0.1:${webPort}/api/auth/callback/oidc`, {
        ola: { email: "ola@example.org", name: "Ola Single-Sign-On" },
        pat: { email: "PAT@example.org", name: "Pat Password" },
        ghost: { email: "ghost@example.org", name: "Unverified", emailVerified: false },
      });
      const smtp = await startSmtpSink(smtpPort);
      const app = new AppServer(webPort, syncPort, {
        OIDC_ISSUER: oidc.issuer,
        OIDC_CLIENT_ID: oidc.clientId,
        OIDC_CLIENT_SECRET: oidc.clientSecret,
        OIDC_NAME: "Test SSO",
        SMTP_URL: smtp.url,
        EMAIL_FROM: "CSEI Studio <noreply@example.org>",
      });
      await app.start();
      await use({ app, oidc, smtp });
      await app.stop();
      await smtp.close();
      await oidc.close();
    },
    { scope: "worker", timeout: 120_000 },
  ],
});

async function ssoSignIn(browser: Browser, baseURL: string, login: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in with Test SSO" }).click();
  // The identity provider's own sign-in form (node-oidc-provider's development form).
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  return context;
}

test("single sign-on (OIDC): a new account is created, an existing one is linked by email, an unverified email is refused", async ({ browser, sso }) => {
  const { app } = sso;
  // A new person: the account is created from the ID token's email and name.
  const ola = await ssoSignIn(browser, app.baseURL, "ola");
  const olaPage = ola.pages()[0];
  if (!olaPage) throw new Error("no page");
  await expect(olaPage).toHaveURL(`${app.baseURL}/dashboard`);
  await expect(olaPage.getByText("No workshops yet")).toBeVisible();
  const session = await (await olaPage.request.get("/api/auth/session")).json();
  expect(session).toMatchObject({ user: { email: "ola@example.org", name: "Ola Single-Sign-On" } });
  // That account has no password: password sign-in does not work for it.
  const pw = await olaPage.request.post("/api/signup", { data: { name: "X", email: "ola@example.org", password: "another-password" } });
  expect(pw.status()).toBe(409);
  await ola.close();

  // Someone who already has a password account signs in through SSO and lands in that same account.
  createFacilitatorAccount(app, "pat@example.org");
  createWorkshopByCli(app, "pat@example.org", "Pat's earlier workshop");
  const pat = await ssoSignIn(browser, app.baseURL, "pat");
  const patPage = pat.pages()[0];
  if (!patPage) throw new Error("no page");
  await expect(patPage).toHaveURL(`${app.baseURL}/dashboard`);
  await expect(patPage.getByTestId("workshop-row")).toContainText("Pat's earlier workshop");
  await pat.close();

  // An identity provider that says the email is not verified is refused, with a message.
  const ghost = await ssoSignIn(browser, app.baseURL, "ghost");
  const ghostPage = ghost.pages()[0];
  if (!ghostPage) throw new Error("no page");
  await expect(ghostPage).toHaveURL(/\/login\?error=AccessDenied/);
  await expect(ghostPage.getByRole("alert").filter({ hasText: "refused" })).toHaveText("Sign-in was refused. Single sign-on must share a verified email address.");
  await expect(ghostPage.getByRole("button", { name: "Sign in with Test SSO" })).toBeVisible();
  await expectNoAxeViolations(ghostPage);
  await ghost.close();
});

test("email sign-in links: one mail, one use", async ({ browser, sso }) => {
  const { app, smtp } = sso;
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: { width: 1280, height: 800 }, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  const form = page.getByRole("form", { name: "No password? Get a sign-in link by email" });
  await form.getByLabel("Email").fill("Lin@Example.org");
  await form.getByRole("button", { name: "Email me a link" }).click();
  await expect(form.getByRole("status")).toContainText("a sign-in link is on its way to Lin@Example.org");

  await expect.poll(() => smtp.mails.filter((m) => m.raw.includes("lin@example.org")).length).toBe(1);
  const mail = smtp.mails.find((m) => m.raw.includes("lin@example.org"));
  if (!mail) throw new Error("no mail");
  const link = linkIn(mail, `${app.baseURL}/api/auth/callback/email?`);
  expect(link).not.toBeNull();
  await page.goto(link ?? "");
  await expect(page).toHaveURL(`${app.baseURL}/dashboard`);
  expect(await (await page.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: "lin@example.org" } });

  // The link is spent: a second use (another browser) is refused.
  const other = await browser.newContext({ baseURL: app.baseURL, locale: "en-GB" });
  const again = await other.newPage();
  await again.goto(link ?? "");
  await expect(again).toHaveURL(/\/login\?error=Verification/);
  await expect(again.getByRole("alert").filter({ hasText: "link" })).toHaveText("This sign-in link has expired or was already used. Ask for a new one.");
  await other.close();
  await context.close();
});
