import { request, type Browser } from "@playwright/test";
import { z } from "zod";
import { sameOrigin, signInAttempt, signedInClient } from "./fixtures/accounts";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, test } from "./fixtures/test";

const desktop = (browser: Browser, baseURL: string) => browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: "en-GB" });

async function signUp(browser: Browser, baseURL: string, name: string, email: string) {
  const context = await desktop(browser, baseURL);
  const page = await context.newPage();
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return { context, page };
}

test("sign up, create a workshop, invite a co-facilitator who signs up later, sees the workshop and runs it", async ({ app, browser }) => {
  const owner = await signUp(browser, app.baseURL, "Olga Owner", "olga@example.org");
  await owner.page.getByLabel("Title").fill("Baltic Blue Growth");
  await owner.page.getByLabel("Region").fill("Pomorskie");
  await owner.page.getByRole("button", { name: "Create workshop" }).click();
  await expect(owner.page).toHaveURL(/\/w\/[a-z0-9]{16}$/);
  const workshopId = owner.page.url().split("/").at(-1) ?? "";
  await expect(owner.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");

  await owner.page.goto("/dashboard");
  const row = owner.page.getByTestId("workshop-row").filter({ hasText: "Baltic Blue Growth" });
  await expect(row.getByTestId("workshop-meta")).toContainText("Pomorskie · Create a new cluster");
  await expect(row.getByTestId("workshop-meta")).toContainText("no participants · step 1 of 5");
  await expectNoAxeViolations(owner.page);

  // The invitee has no account yet: the invitation waits.
  await row.getByRole("button", { name: "Co-facilitators" }).click();
  const dialog = owner.page.getByRole("dialog", { name: "Co-facilitators of “Baltic Blue Growth”" });
  await dialog.getByLabel("Email address").fill("Kai@Example.org");
  await dialog.getByRole("button", { name: "Invite" }).click();
  await expect(dialog.getByTestId("team-list")).toContainText("kai@example.org (waiting for sign-up)");
  await expectNoAxeViolations(owner.page);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // Kai signs up with that address and finds the workshop on the dashboard, as a co-facilitator.
  const kai = await signUp(browser, app.baseURL, "Kai Co", "kai@example.org");
  const kaiRow = kai.page.getByTestId("workshop-row").filter({ hasText: "Baltic Blue Growth" });
  await expect(kaiRow).toContainText("Co-facilitator");
  await expect(kaiRow.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(kaiRow.getByRole("button", { name: "Co-facilitators" })).toHaveCount(0);

  // Kai runs it: the facilitator controls are there and moving the step reaches the owner's room.
  await kaiRow.getByRole("link", { name: "Baltic Blue Growth" }).click();
  await expect(kai.page).toHaveURL(new RegExp(`/w/${workshopId}$`));
  await expect(kai.page.getByTestId("facilitator-bar")).toBeVisible();
  await owner.page.goto(`/w/${workshopId}`);
  await expect(owner.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await expect(kai.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await kai.page.getByTestId("step-next").click();
  await expect(owner.page.getByTestId("current-step")).toHaveAttribute("data-step", "2");

  // The dashboard reads the current step from the stored control document.
  await kai.page.goto("/dashboard");
  await expect(kaiRow.getByTestId("workshop-meta")).toContainText("step 2 of 5");
  await owner.context.close();
  await kai.context.close();
});

test("dashboard actions: rename, re-assess, archive and restore, delete after downloading the export", async ({ app, facilitator }) => {
  const account = createFacilitatorAccount(app, "dana@example.org");
  createWorkshopByCli(app, account.email, "Gdańsk food cluster");
  const { page } = await facilitator(account.email, account.password);
  const rows = page.getByTestId("workshop-row");
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole("button", { name: "Rename" }).click();
  const rename = page.getByRole("dialog", { name: "Rename the workshop" });
  await rename.getByLabel("Title").fill("Gdańsk food & farming cluster");
  await rename.getByRole("button", { name: "Save" }).click();
  await expect(rename).toBeHidden();
  await expect(rows.first().getByRole("link", { name: "Gdańsk food & farming cluster" })).toBeVisible();

  await rows.first().getByRole("button", { name: "Re-assess" }).click();
  const reassess = page.getByRole("dialog", { name: "Re-assess this cluster?" });
  await reassess.getByRole("button", { name: "Create re-assessment" }).click();
  await expect(reassess).toBeHidden();
  await expect(rows).toHaveCount(2);
  const reassessment = rows.filter({ hasText: "Re-assessment" });
  await expect(reassessment.getByTestId("workshop-meta")).toContainText("Evaluate an existing cluster · Re-assessment");
  await expect(reassessment.getByRole("link", { name: "Gdańsk food & farming cluster" })).toBeVisible();

  // Archive the original: it leaves the main list and shows under "Archived", from where it comes back.
  const original = rows.filter({ hasNotText: "Re-assessment" });
  await original.getByRole("button", { name: "Archive" }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole("link", { name: "Archived" }).click();
  await expect(page.getByRole("link", { name: "Archived" })).toHaveAttribute("aria-current", "page");
  await expect(rows).toHaveCount(1);
  await expectNoAxeViolations(page);
  await rows.first().getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText("No archived workshops.")).toBeVisible();
  await page.getByRole("link", { name: "Active" }).click();
  await expect(rows).toHaveCount(2);

  // Delete the re-assessment: the dialog offers the export first, then deletes for good.
  await reassessment.getByRole("button", { name: "Delete" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete “Gdańsk food & farming cluster” for good?" });
  const exportLink = confirm.getByRole("link", { name: "Download export (JSON)" });
  const download = await page.request.get((await exportLink.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(await download.json()).toMatchObject({ exportVersion: 2, workshop: { title: "Gdańsk food & farming cluster", mode: "evaluate" }, participants: [] });
  await expectNoAxeViolations(page);
  await confirm.getByRole("button", { name: "Delete for good" }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).not.toContainText("Re-assessment");
});

test("every API route enforces the roles: facilitator, co-facilitator, other facilitator, participant, observer", async ({ app }) => {
  for (const email of ["own@example.org", "co@example.org", "other@example.org"]) createFacilitatorAccount(app, email);
  const workshop = createWorkshopByCli(app, "own@example.org", "Roles workshop");
  const owner = await signedInClient(app.baseURL, "own@example.org", "workshop-password-1");
  const co = await signedInClient(app.baseURL, "co@example.org", "workshop-password-1");
  const other = await signedInClient(app.baseURL, "other@example.org", "workshop-password-1");
  const anonymous = await request.newContext({ baseURL: app.baseURL });
  const h = sameOrigin(app.baseURL);
  expect((await owner.post(`/api/workshops/${workshop.id}/facilitators`, { headers: h, data: { email: "co@example.org" } })).status()).toBe(201);

  // A participant holds a device secret, not a session; an observer holds the read-only link only.
  const join = async () => {
    const res = await anonymous.post("/api/join", { headers: h, data: { code: workshop.joinCode, name: "P", sector: "public" } });
    expect(res.status()).toBe(201);
    return z.object({ participantId: z.string(), deviceSecret: z.string() }).parse(await res.json());
  };
  const participant = await join();
  const [forOwner, forCo, forOthers] = [await join(), await join(), await join()];
  const renew = { workshopId: workshop.id, participantId: participant.participantId, deviceSecret: participant.deviceSecret };
  const observerPage = await anonymous.get(`/w/${workshop.id}/projector`, { maxRedirects: 0 });
  expect(observerPage.status()).toBe(307);

  type Who = "owner" | "co" | "other" | "participant" | "observer";
  const clients = { owner, co, other, participant: anonymous, observer: anonymous };
  const w = `/api/workshops/${workshop.id}`;
  const table: { route: string; method: "GET" | "POST"; body?: (who: Who) => unknown; path?: (who: Who) => string; expect: Record<Who, number> }[] = [
    { route: "POST /api/workshops", method: "POST", path: () => "/api/workshops", body: () => ({ title: "Mine" }), expect: { owner: 201, co: 201, other: 201, participant: 401, observer: 401 } },
    { route: "GET participants", method: "GET", path: () => `${w}/participants`, expect: { owner: 200, co: 200, other: 404, participant: 401, observer: 401 } },
    { route: "GET export", method: "GET", path: () => `${w}/export`, expect: { owner: 200, co: 200, other: 404, participant: 401, observer: 401 } },
    { route: "POST rename", method: "POST", path: () => `${w}/rename`, body: () => ({ title: "Renamed" }), expect: { owner: 200, co: 200, other: 404, participant: 401, observer: 401 } },
    { route: "POST duplicate", method: "POST", path: () => `${w}/duplicate`, body: () => ({}), expect: { owner: 201, co: 201, other: 404, participant: 401, observer: 401 } },
    { route: "POST archive", method: "POST", path: () => `${w}/archive`, body: () => ({ archived: false }), expect: { owner: 200, co: 200, other: 404, participant: 401, observer: 401 } },
    { route: "POST close", method: "POST", path: () => `${w}/close`, body: () => ({ closed: false }), expect: { owner: 200, co: 200, other: 404, participant: 401, observer: 401 } },
    {
      route: "POST remove participant",
      method: "POST",
      path: (who) => `${w}/participants/${who === "owner" ? forOwner.participantId : who === "co" ? forCo.participantId : forOthers.participantId}/remove`,
      body: () => ({}),
      expect: { owner: 200, co: 200, other: 404, participant: 401, observer: 401 },
    },
    { route: "GET facilitators", method: "GET", path: () => `${w}/facilitators`, expect: { owner: 200, co: 403, other: 404, participant: 401, observer: 401 } },
    { route: "POST invite", method: "POST", path: () => `${w}/facilitators`, body: () => ({ email: "new@example.org" }), expect: { owner: 201, co: 403, other: 404, participant: 401, observer: 401 } },
    { route: "POST revoke", method: "POST", path: () => `${w}/facilitators/revoke`, body: () => ({ email: "new@example.org" }), expect: { owner: 200, co: 403, other: 404, participant: 401, observer: 401 } },
    {
      route: "POST renew",
      method: "POST",
      path: () => "/api/participants/renew",
      body: (who) => (who === "participant" ? renew : { ...renew, deviceSecret: "x".repeat(43) }),
      expect: { owner: 401, co: 401, other: 401, participant: 200, observer: 401 },
    },
    // Last: the owner's delete ends the workshop.
    { route: "POST delete", method: "POST", path: () => `${w}/delete`, body: () => ({}), expect: { co: 403, other: 404, participant: 401, observer: 401, owner: 200 } },
  ];

  const actual: Record<string, Partial<Record<Who, number>>> = {};
  const expected: Record<string, Partial<Record<Who, number>>> = {};
  for (const row of table) {
    actual[row.route] = {};
    expected[row.route] = row.expect;
    for (const who of Object.keys(row.expect) as Who[]) {
      const url = row.path?.(who) ?? "";
      const res = row.method === "GET" ? await clients[who].get(url) : await clients[who].post(url, { headers: h, data: row.body?.(who) ?? {} });
      (actual[row.route] ?? {})[who] = res.status();
    }
  }
  expect(actual).toEqual(expected);

  // Cross-site requests never reach the handler, whoever is signed in (next-auth's routes have their own token).
  const created = createWorkshopByCli(app, "own@example.org", "CSRF target");
  const forged = await owner.post(`/api/workshops/${created.id}/rename`, { headers: { ...h, origin: "https://evil.example" }, data: { title: "pwned" } });
  expect(forged.status()).toBe(403);
  const simple = await owner.post(`/api/workshops/${created.id}/rename`, { headers: { "content-type": "text/plain", origin: app.baseURL }, data: JSON.stringify({ title: "pwned" }) });
  expect(simple.status()).toBe(415);
  const exported = await (await owner.get(`/api/workshops/${created.id}/export`)).json();
  expect(exported.workshop.title).toBe("CSRF target");
  for (const c of [owner, co, other, anonymous]) await c.dispose();
});

test("password sign-in is rate-limited per email and per address, with a clear message", async ({ app, page }) => {
  const victim = createFacilitatorAccount(app, "victim@example.org");

  // Ten wrong passwords for one email, from one address; the eleventh attempt is refused even with the right one.
  const client = await request.newContext({ baseURL: app.baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
  for (let i = 0; i < 10; i += 1) expect((await signInAttempt(client, victim.email, `wrong-${i}-password`)).status).toBe(401);
  const refused = await signInAttempt(client, victim.email, victim.password);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  expect(refused.body).toMatchObject({ error: "RateLimited" });

  // The same email from the browser (another address) is refused too, in words.
  await page.goto(`${app.baseURL}/login`);
  await page.getByLabel("Email").fill(victim.email);
  await page.getByLabel("Password").fill(victim.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText("Too many sign-in attempts. Wait a minute and try again.");
  await expect(page).toHaveURL(/\/login$/);

  // One address trying many emails is stopped after 30 attempts (3 × the per-email limit).
  const sprayer = await request.newContext({ baseURL: app.baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.8" } });
  for (let i = 0; i < 30; i += 1) expect((await signInAttempt(sprayer, `nobody-${i}@example.org`, "guess-password")).status).toBe(401);
  expect((await signInAttempt(sprayer, "nobody-31@example.org", "guess-password")).status).toBe(429);
  await client.dispose();
  await sprayer.dispose();
});
