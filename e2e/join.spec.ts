import { request, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { sameOrigin } from "./fixtures/accounts";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, test } from "./fixtures/test";

const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

/** Fails the test if the page ever opens a JavaScript dialog (an injected alert). */
function forbidDialogs(page: Page, fired: string[]): void {
  page.on("dialog", (d) => {
    fired.push(d.message());
    void d.dismiss();
  });
}

async function storedParticipantId(page: Page, workshopId: string): Promise<string> {
  return page.evaluate((id) => JSON.parse(window.localStorage.getItem(`csei.participant.${id}`) ?? "{}").participantId ?? "", workshopId);
}

test("phones join by the QR link and by typing the code; a reload keeps the same participant and their inputs; names stay text", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "qr@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Join workshop");
  const fac = await facilitator(account.email, account.password);
  await fac.page.goto(`/w/${workshop.id}`);
  const joinUrl = (await fac.page.getByTestId("join-link").getAttribute("href")) ?? "";
  expect(joinUrl).toBe(`${app.baseURL}/j/${workshop.joinCode}`);
  // The QR code on screen encodes exactly that link.
  const qrSrc = (await fac.page.getByTestId("join-qr").getAttribute("src")) ?? "";
  const expectedSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  expect(decodeURIComponent(qrSrc.replace("data:image/svg+xml;utf8,", ""))).toBe(expectedSvg);
  // …and the full-screen view shows it large with the code.
  await fac.page.getByRole("button", { name: "Show join code full screen" }).click();
  const big = fac.page.getByTestId("join-qr-large");
  await expect(big).toBeVisible();
  expect((await big.boundingBox())?.width ?? 0).toBeGreaterThan(450);
  await expect(fac.page.getByTestId("join-code-screen")).toContainText(`${workshop.joinCode.slice(0, 4)}-${workshop.joinCode.slice(4)}`);
  await expectNoAxeViolations(fac.page);
  await fac.page.keyboard.press("Escape");
  await expect(big).toBeHidden();

  // A phone follows the QR link: the code is filled in; name, sector and organisation are enough.
  const ala = await phone();
  const dialogs: string[] = [];
  forbidDialogs(ala.page, dialogs);
  await ala.page.goto(joinUrl);
  await expect(ala.page.getByLabel("Workshop code")).toHaveValue(workshop.joinCode);
  await expectNoAxeViolations(ala.page);
  await ala.page.getByLabel("Your name").fill(HOSTILE_NAME);
  await ala.page.getByLabel("Your sector").selectOption({ label: "Public sector" });
  await ala.page.getByLabel("Your organisation (optional)").fill("Gdańsk City Hall");
  await ala.page.getByRole("button", { name: "Join" }).click();
  await expect(ala.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  const alaId = await storedParticipantId(ala.page, workshop.id);
  expect(alaId).toMatch(/^[a-z0-9]{16}$/);

  // The name is shown as text everywhere, never parsed as HTML.
  await expect(ala.page.getByTestId("presence-list")).toContainText(HOSTILE_NAME);
  await expect(fac.page.getByTestId("presence-list")).toContainText(HOSTILE_NAME);
  await expect(fac.page.getByTestId("participant-list")).toContainText(`${HOSTILE_NAME} · Public sector · Gdańsk City Hall`);
  for (const p of [ala.page, fac.page]) await expect(p.locator('img[src="x"]')).toHaveCount(0);

  // Ala rates a dimension, then reloads: the same participant, the same rating.
  await ala.page.getByRole("tab", { name: "Baseline rating" }).click();
  const slider = ala.page.getByRole("slider", { name: "Financial model" });
  await slider.focus();
  await ala.page.keyboard.press("End");
  await expect(slider).toHaveAttribute("aria-valuenow", "5");
  await ala.page.reload();
  await expect(ala.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  expect(await storedParticipantId(ala.page, workshop.id)).toBe(alaId);
  await ala.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(ala.page.getByRole("slider", { name: "Financial model" })).toHaveAttribute("aria-valuenow", "5");
  await expectNoAxeViolations(ala.page);

  // A second phone types the code as read off the wall: lower case, with the dash.
  const ben = await phone();
  await ben.page.goto("/join");
  await ben.page.getByLabel("Workshop code").fill(`${workshop.joinCode.slice(0, 4)}-${workshop.joinCode.slice(4)}`.toLowerCase());
  await ben.page.getByLabel("Your name").fill("Ben");
  await ben.page.getByLabel("Your sector").selectOption({ label: "Academic and research institutions" });
  await ben.page.getByRole("button", { name: "Join" }).click();
  await expect(ben.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await expect(fac.page.getByTestId("participant-list")).toContainText("Ben");
  expect(dialogs).toEqual([]);
});

test("a removed phone is told so and cannot renew; a closed workshop is read-only and refuses new joins", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "rm@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Removal workshop");
  const fac = await facilitator(account.email, account.password);
  await fac.page.goto(`/w/${workshop.id}`);

  const join = async (name: string) => {
    const p = await phone();
    await p.page.goto(`/j/${workshop.joinCode}`);
    await p.page.getByLabel("Your name").fill(name);
    await p.page.getByLabel("Your sector").selectOption({ label: "Public sector" });
    await p.page.getByRole("button", { name: "Join" }).click();
    await expect(p.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    return p;
  };
  const cem = await join("Cem");
  const dora = await join("Dora");
  const cemGrant = await cem.page.evaluate((id) => JSON.parse(window.localStorage.getItem(`csei.participant.${id}`) ?? "{}"), workshop.id);

  // The facilitator removes Cem: his phone says so in words, and his device can no longer renew its token.
  const cemRow = fac.page.getByTestId("participant-row").filter({ hasText: "Cem" });
  await cemRow.getByRole("button", { name: "Remove Cem" }).click();
  await fac.page.getByRole("dialog", { name: "Remove Cem?" }).getByRole("button", { name: "Remove" }).click();
  await expect(cemRow).toHaveAttribute("data-removed", "true");
  await expect(cem.page.getByTestId("session-ended")).toHaveAttribute("data-verdict", "removed", { timeout: 20_000 });
  await expect(cem.page.getByRole("heading", { level: 1 })).toHaveText("You were removed from this workshop");
  await expectNoAxeViolations(cem.page);
  const renew = await cem.page.request.post("/api/participants/renew", {
    headers: sameOrigin(app.baseURL),
    data: { workshopId: workshop.id, participantId: cemGrant.participantId, deviceSecret: cemGrant.deviceSecret },
  });
  expect(renew.status()).toBe(403);
  expect(await renew.json()).toMatchObject({ error: "removed" });
  await cem.page.reload();
  await expect(cem.page.getByTestId("session-ended")).toHaveAttribute("data-verdict", "removed");
  await expect(dora.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");

  // The facilitator closes the workshop: read-only for everyone, still viewable; new joins are refused.
  await fac.page.getByTestId("close-workshop").click();
  await expect(fac.page.getByTestId("closed-notice")).toBeVisible();
  await expect(fac.page.getByTestId("close-workshop")).toHaveText("Reopen workshop");
  await expect(fac.page.getByTestId("facilitator-bar")).toHaveCount(0);
  await dora.page.reload();
  await expect(dora.page.getByTestId("closed-notice")).toBeVisible();
  await expect(dora.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await dora.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(dora.page.getByRole("slider")).toHaveCount(0);

  const late = await phone();
  await late.page.goto(`/j/${workshop.joinCode}`);
  await late.page.getByLabel("Your name").fill("Late");
  await late.page.getByLabel("Your sector").selectOption({ label: "Public sector" });
  await late.page.getByRole("button", { name: "Join" }).click();
  await expect(late.page.getByRole("alert").filter({ hasText: "closed" })).toHaveText("This workshop is closed and takes no new participants.");
  await late.page.getByTestId("closed-view-link").click();
  await expect(late.page.getByTestId("projector")).toBeVisible();
  await expect(late.page.getByTestId("workshop-title")).toHaveText("Removal workshop");
  await expect(late.page.getByText("This workshop is closed.")).toBeVisible();
  await expect(late.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
});

test("join attempts are rate-limited per address (429 with Retry-After); long names are refused", async ({ app }) => {
  const client = await request.newContext({ baseURL: app.baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.20" } });
  for (let i = 0; i < 60; i += 1) {
    const res = await client.post("/api/join", { data: { code: "CCCC-CCCC", name: "Guess", sector: "public" } });
    expect(res.status()).toBe(404);
  }
  const limited = await client.post("/api/join", { data: { code: "CCCC-CCCC", name: "Guess", sector: "public" } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await limited.json()).toMatchObject({ error: "rate-limited" });

  const other = await request.newContext({ baseURL: app.baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.21" } });
  const tooLong = await other.post("/api/join", { data: { code: "CCCC-CCCC", name: "x".repeat(61), sector: "public", organisation: "y".repeat(121) } });
  expect(tooLong.status()).toBe(400);
  const message = (await tooLong.json()).message;
  expect(message).toMatch(/name/);
  expect(message).toMatch(/organisation/);
  await client.dispose();
  await other.dispose();
});
