import type { Page } from "@playwright/test";
import { openFacilitatorRoom } from "./fixtures/steps";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, joinAs, test } from "./fixtures/test";

const TITLE = "Gdynia maritime cluster";

/** Rates one dimension on the open baseline chart with the keyboard (Home = 1, then ArrowUp per level). */
async function rate(page: Page, dimension: string, level: number): Promise<void> {
  const slider = page.getByRole("slider", { name: dimension });
  await slider.focus();
  await page.keyboard.press("Home");
  for (let i = 1; i < level; i += 1) await page.keyboard.press("ArrowUp");
  await expect(slider).toHaveAttribute("aria-valuenow", String(level));
}

test("a re-assessment overlays the earlier workshop's group profile: facilitators at once, participants after the reveal", async ({ app, facilitator, phone }) => {
  test.slow(); // two workshops, three devices and an axe run: longer than one step's spec
  const account = createFacilitatorAccount(app, "reassess@example.org");
  const first = createWorkshopByCli(app, account.email, TITLE);
  const fac = await facilitator(account.email, account.password);

  // The first assessment: one participant rates, the facilitator reveals the group profile.
  await openFacilitatorRoom(fac, first.id);
  const ola = await phone();
  await joinAs(ola.page, first.joinCode, "Ola", "Public sector");
  await ola.page.getByTestId("tab-baseline").click();
  await rate(ola.page, "Financial model", 2);
  await rate(ola.page, "Membership model", 4);
  await fac.page.getByTestId("tab-baseline").click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("1 person has rated");
  await fac.page.getByTestId("reveal-baseline").click();
  await expect(ola.page.getByTestId("median-polygon")).toHaveCount(1);

  // A year later: re-assess from the dashboard; the new workshop remembers the first one.
  await fac.page.goto("/dashboard");
  const rows = fac.page.getByTestId("workshop-row");
  await rows.first().getByRole("button", { name: "Re-assess" }).click();
  await fac.page.getByRole("dialog", { name: "Re-assess this cluster?" }).getByRole("button", { name: "Create re-assessment" }).click();
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: "Re-assessment" }).getByRole("link", { name: TITLE }).click();
  await expect(fac.page).toHaveURL(/\/w\/[^/]+$/);
  const secondId = new URL(fac.page.url()).pathname.split("/").pop() ?? "";
  expect(secondId).not.toBe(first.id);
  await expect(fac.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");

  // The facilitator sees the earlier profile at once, named by the earlier workshop's title and date, with a toggle.
  const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(Date.now());
  await fac.page.getByTestId("tab-baseline").click();
  const toggle = fac.page.getByTestId("layer-earlier");
  await expect(toggle).toHaveText(`Earlier: ${TITLE} (${day})`);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(fac.page.getByTestId("earlier-polygon")).toHaveCount(1);
  await expectNoAxeViolations(fac.page);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(fac.page.getByTestId("earlier-polygon")).toHaveCount(0);
  await toggle.click();
  await expect(fac.page.getByTestId("earlier-polygon")).toHaveCount(1);

  // A participant of the re-assessment: nothing of the earlier profile before this workshop's reveal — not on screen,
  // and the web app refuses it to their token; the earlier workshop cannot be asked for by id.
  const kai = await phone();
  await joinAs(kai.page, (await joinCodeOf(fac.page)) ?? "", "Kai", "Public sector");
  await expect(kai.page).toHaveURL(new RegExp(`/room/${secondId}$`));
  const token = await kai.page.evaluate((id) => String(JSON.parse(window.localStorage.getItem(`csei.participant.${id}`) ?? "{}").token), secondId);
  const bearer = { authorization: `Bearer ${token}` };
  expect((await kai.page.request.get(`/api/workshops/${secondId}/earlier`, { headers: bearer })).status()).toBe(403);
  expect((await kai.page.request.get(`/api/workshops/${first.id}/earlier`, { headers: bearer })).status()).toBe(403);
  expect((await kai.page.request.get(`/api/workshops/${secondId}/earlier`)).status()).toBe(401);
  await kai.page.getByTestId("tab-baseline").click();
  await rate(kai.page, "Financial model", 3);
  await expect(kai.page.getByTestId("layer-earlier")).toHaveCount(0);
  await expect(kai.page.getByTestId("earlier-polygon")).toHaveCount(0);

  // After the reveal the participant sees it too.
  await fac.page.getByTestId("reveal-baseline").click();
  await expect(kai.page.getByTestId("median-polygon")).toHaveCount(1);
  await expect(kai.page.getByTestId("layer-earlier")).toHaveText(`Earlier: ${TITLE} (${day})`);
  await expect(kai.page.getByTestId("earlier-polygon")).toHaveCount(1);
  expect((await kai.page.request.get(`/api/workshops/${secondId}/earlier`, { headers: bearer })).status()).toBe(200);
});

/** The join code the facilitator's share panel shows, without its display spacing. */
async function joinCodeOf(page: Page): Promise<string | null> {
  const text = await page.getByTestId("join-code").textContent();
  return text ? text.replace(/[^A-Za-z0-9]/g, "") : null;
}
