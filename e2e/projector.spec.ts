import { request } from "@playwright/test";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, test } from "./fixtures/test";

/** Anything a person could type into. */
const EDITABLE = '[contenteditable="true"], input:not([type="hidden"]):not([disabled]), textarea:not([disabled])';

test("the projector view follows the facilitator's step on a 1920×1080 screen and shows how to join", async ({ app, browser, facilitator }) => {
  const account = createFacilitatorAccount(app, "proj@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Projected workshop");
  const fac = await facilitator(account.email, account.password);
  await fac.page.goto(`/w/${workshop.id}`);
  await expect(fac.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  const projectorHref = (await fac.page.getByTestId("projector-link").getAttribute("href")) ?? "";
  expect(projectorHref).toBe(`${app.baseURL}/w/${workshop.id}/projector`);

  const screen = await fac.context.newPage();
  await screen.setViewportSize({ width: 1920, height: 1080 });
  await screen.goto(projectorHref);
  const view = screen.getByTestId("projector");
  await expect(screen.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await expect(screen.getByTestId("workshop-title")).toHaveText("Projected workshop");
  await expect(screen.getByTestId("projector-code")).toHaveText(`${workshop.joinCode.slice(0, 4)}-${workshop.joinCode.slice(4)}`);
  const qr = await screen.getByTestId("projector-qr").boundingBox();
  expect(qr?.width ?? 0).toBeGreaterThanOrEqual(300);
  // Everything fits the screen's width; nothing can be edited from it.
  expect(await screen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1920);
  await expect(view.locator(EDITABLE)).toHaveCount(0);
  await expect(view.getByRole("slider")).toHaveCount(0);
  await expect(screen.getByTestId("current-step")).toHaveAttribute("data-step", "1");
  await expectNoAxeViolations(screen);

  await fac.page.getByTestId("step-next").click();
  await expect(screen.getByTestId("current-step")).toHaveAttribute("data-step", "2");
  await expect(view).toHaveAttribute("data-step", "2");
  await expectNoAxeViolations(screen);

  // The read-only guest link works without an account and shows no join code.
  const observerUrl = ((await fac.page.getByTestId("observer-link").textContent()) ?? "").trim();
  expect(observerUrl).toMatch(new RegExp(`^${app.baseURL}/o/[0-9a-f]{24}$`));
  const guest = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: "en-GB" });
  const guestPage = await guest.newPage();
  await guestPage.goto(observerUrl);
  await expect(guestPage.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await expect(guestPage.getByTestId("current-step")).toHaveAttribute("data-step", "2");
  await expect(guestPage.getByTestId("projector-code")).toHaveCount(0);
  // Step 2 shows the vision editor, read-only.
  await expect(guestPage.getByTestId("vision-editor")).toBeVisible();
  await expect(guestPage.getByTestId("projector").locator(EDITABLE)).toHaveCount(0);
  await expectNoAxeViolations(guestPage);
  await fac.page.getByTestId("step-prev").click();
  await expect(guestPage.getByTestId("current-step")).toHaveAttribute("data-step", "1");
  await guest.close();

  // Unknown observer keys and strangers get nothing.
  const anonymous = await request.newContext({ baseURL: app.baseURL });
  expect((await anonymous.get("/o/0123456789abcdef01234567")).status()).toBe(404);
  expect((await anonymous.get("/o/not-a-key")).status()).toBe(404);
  expect((await anonymous.get(`/w/${workshop.id}/projector`, { maxRedirects: 0 })).status()).toBe(307);
  await anonymous.dispose();
});
