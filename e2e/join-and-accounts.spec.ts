import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, test } from "./fixtures/test";

test("a facilitator signs up in the browser and lands on an empty dashboard", async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${app.baseURL}/signup`);
  await page.getByLabel("Your name").fill("Maja Moderator");
  await page.getByLabel("Email").fill("maja@example.org");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/signup$/); // the browser's own check stops a too-short password
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("No workshops yet")).toBeVisible();
  await expectNoAxeViolations(page);

  // The same email cannot sign up twice.
  const again = await page.request.post(`${app.baseURL}/api/signup`, { data: { name: "X", email: "MAJA@example.org", password: "another-password" } });
  expect(again.status()).toBe(409);
});

test("the dashboard and facilitator rooms need a signed-in owner", async ({ app, page }) => {
  createFacilitatorAccount(app, "owner@example.org");
  const workshop = createWorkshopByCli(app, "owner@example.org", "Owner's workshop");
  await page.goto(`${app.baseURL}/dashboard`);
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard|\/login\?callbackUrl=\/dashboard/);
  await page.goto(`${app.baseURL}/w/${workshop.id}`);
  await expect(page).toHaveURL(/\/login/);
  const created = await page.request.post(`${app.baseURL}/api/workshops`, { data: { title: "sneaky" } });
  expect(created.status()).toBe(401);
});

test("POST /api/join: 201 with the rooms to open, 404 for an unknown code, 400 with a readable message", async ({ app, request }) => {
  createFacilitatorAccount(app, "api@example.org");
  const workshop = createWorkshopByCli(app, "api@example.org", "API workshop", "evaluate");
  const ok = await request.post(`${app.baseURL}/api/join`, { data: { code: workshop.joinCode.toLowerCase(), name: "Ola", sector: "private" } });
  expect(ok.status()).toBe(201);
  const body = await ok.json();
  expect(body).toMatchObject({ workshopId: workshop.id, rooms: { board: `w/${workshop.id}/board`, control: `w/${workshop.id}/control`, results: `w/${workshop.id}/results` } });
  expect(body.rooms.private).toBe(`w/${workshop.id}/private/${body.participantId}`);
  expect(body.syncUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);

  const unknown = await request.post(`${app.baseURL}/api/join`, { data: { code: "CCCC-CCCC", name: "Ola", sector: "private" } });
  expect(unknown.status()).toBe(404);

  const malformed = await request.post(`${app.baseURL}/api/join`, { data: { code: "AB", name: "", sector: "aliens" } });
  expect(malformed.status()).toBe(400);
  const error = await malformed.json();
  expect(error.message).toMatch(/code/);
  expect(error.message).toMatch(/sector/);

  const notJson = await request.post(`${app.baseURL}/api/join`, { data: "{oops", headers: { "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
});

test("a phone joins in Polish, sees a clear error for a wrong code, and can switch language", async ({ app, browser }) => {
  createFacilitatorAccount(app, "pl@example.org");
  const workshop = createWorkshopByCli(app, "pl@example.org", "Warsztat CSEI");
  const context = await browser.newContext({ baseURL: app.baseURL, viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, locale: "pl-PL" });
  const page = await context.newPage();
  await page.goto("/join");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dołącz do warsztatu");
  await expectNoAxeViolations(page);
  await page.getByLabel("Kod warsztatu").fill("CCCC-CCCC");
  await page.getByLabel("Twoje imię").fill("Zofia");
  await page.getByLabel("Twój sektor").selectOption({ label: "Sektor publiczny" });
  await page.getByRole("button", { name: "Dołącz" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "kod" })).toContainText("Nie ma warsztatu o tym kodzie");
  await page.getByLabel("Kod warsztatu").fill(workshop.joinCode);
  await page.getByRole("button", { name: "Dołącz" }).click();
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await page.getByRole("tab", { name: "Ocena wyjściowa" }).click();
  await expect(page.getByRole("slider", { name: "Model finansowy" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("tab", { name: "Baseline rating" })).toBeVisible();
  await page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(page.getByRole("slider", { name: "Financial model" })).toBeVisible();
  await context.close();
});
