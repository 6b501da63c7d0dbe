import { editorText, expectStep, openFacilitatorRoom } from "./fixtures/steps";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, joinAs, test } from "./fixtures/test";

// Several devices per scenario and a restart of both servers: longer than the default on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

test("step 2: vision co-edited with named carets, success factors, the blind target profile and what good looks like; lock; restart", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "define@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Pomorskie vision");
  const fac = await facilitator(account.email, account.password);
  await openFacilitatorRoom(fac, workshop.id);
  const ala = await phone();
  const ben = await phone();
  await ben.page.setViewportSize({ width: 360, height: 640 });
  await joinAs(ala.page, workshop.joinCode, "Ala", "Public sector");
  await joinAs(ben.page, workshop.joinCode, "Ben", "Private sector");
  const phones = [ala.page, ben.page];
  const everyone = [fac.page, ...phones];

  await fac.page.getByTestId("step-next").click();
  await expectStep(everyone, 2);
  await expect(ben.page.getByTestId("current-step")).toContainText("DEFINE: Success factors and vision");

  // Two people write the vision at the same time; both sentences reach everyone, with named carets.
  const alaText = "A cluster every sector co-owns.";
  const benText = "Services members pay for gladly.";
  await ala.page.getByTestId("vision-editor").click();
  await ben.page.getByTestId("vision-editor").click();
  await Promise.all([ala.page.keyboard.type(alaText), ben.page.keyboard.type(benText)]);
  for (const page of everyone) {
    await expect(page.getByTestId("vision-editor")).toContainText(alaText.slice(0, 12));
    await expect(page.getByTestId("vision-editor")).toContainText(benText.slice(0, 12));
  }
  // Every replica converges on the same text (in whichever order the two sentences interleaved).
  const alaVision = await editorText(ala.page, "vision-editor");
  expect(alaVision.length).toBe(alaText.length + benText.length);
  for (const page of [fac.page, ben.page]) await expect.poll(() => editorText(page, "vision-editor")).toBe(alaVision);
  await expect(fac.page.locator(".collaboration-carets__label", { hasText: "Ben" })).toHaveCount(1);
  await expectNoAxeViolations(ben.page);

  // Success factors: the seed's five; the same suggestion tapped by two people at once is one factor.
  for (const page of everyone) await page.getByRole("tab", { name: "Success factors" }).click();
  for (const page of everyone) await expect(page.getByTestId("factor")).toHaveCount(5);
  await expect(ala.page.getByTestId("success-factors")).toContainText("Critical mass");
  // Both phones tap at once. A tap can lose the race (the suggestion vanishes once the other tap syncs), so a
  // click may fail; what must hold is that at least one landed and the result is one factor everywhere.
  const taps = await Promise.allSettled(phones.map((page) => page.getByTestId("factor-suggestion-legitimacy").click({ timeout: 5000 })));
  expect(taps.some((t) => t.status === "fulfilled")).toBe(true);
  await Promise.all([
    (async () => {
      await ala.page.getByTestId("factor-input").fill("Trust of the municipality");
      await ala.page.getByTestId("factor-add").click();
    })(),
    (async () => {
      await ben.page.getByTestId("factor-input").fill("A paid coordinator");
      await ben.page.getByTestId("factor-add").click();
    })(),
  ]);
  for (const page of everyone) {
    await expect(page.getByTestId("factor")).toHaveCount(8);
    await expect(page.getByTestId("factor").filter({ hasText: "Legitimacy" })).toHaveCount(1);
    await expect(page.getByTestId("factor-suggestion-legitimacy")).toHaveCount(0);
  }
  // Only authors (and the facilitator) remove added factors; only the facilitator flags them.
  await expect(ala.page.getByTestId("factor").filter({ hasText: "A paid coordinator" }).getByTestId("factor-delete")).toHaveCount(0);
  await expect(ala.page.getByTestId("factor-non-negotiable")).toHaveCount(0);
  await ben.page.getByTestId("factor").filter({ hasText: "A paid coordinator" }).getByTestId("factor-delete").click();
  await fac.page.getByTestId("factor").filter({ hasText: "Legitimacy" }).getByTestId("factor-non-negotiable").click();
  await fac.page.getByTestId("factor").filter({ hasText: "Critical mass" }).getByTestId("factor-set-aside").click();
  for (const page of phones) {
    await expect(page.getByTestId("factor")).toHaveCount(7);
    await expect(page.getByTestId("factor").first()).toContainText("Legitimacy");
    await expect(page.getByTestId("factor").first()).toHaveAttribute("data-non-negotiable", "true");
    await expect(page.getByTestId("factor").last()).toHaveAttribute("data-set-aside", "true");
  }
  await expectNoAxeViolations(ala.page);
  await expectNoAxeViolations(fac.page);

  // The target profile is blind until the facilitator reveals it, like the baseline.
  for (const page of everyone) await page.getByRole("tab", { name: "Target profile" }).click();
  for (const [page, presses] of [[ala.page, 3], [ben.page, 4]] as const) {
    const handle = page.getByRole("slider", { name: "Financial model" });
    await handle.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < presses; i += 1) await page.keyboard.press("ArrowUp");
    await expect(handle).toHaveAttribute("aria-valuenow", String(presses + 1));
  }
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  await ala.page.getByTestId("toggle-table").click();
  await expect(ala.page.getByTestId("score-row-financial-model")).toContainText("Hidden until reveal");
  await fac.page.getByTestId("reveal-target").click();
  await expect(ala.page.getByTestId("score-row-financial-model")).not.toContainText("Hidden until reveal");
  await expect(ala.page.getByTestId("score-row-financial-model")).toContainText("4.5");
  await expectNoAxeViolations(ala.page);

  // What good looks like, per dimension: co-edited like the vision.
  for (const page of everyone) await page.getByRole("tab", { name: "What good looks like" }).click();
  for (const page of everyone) await page.getByTestId("good-financial-model").locator("summary").click();
  await ala.page.getByTestId("good-editor-financial-model").click();
  await ala.page.keyboard.type("Three income streams, none above half.");
  for (const page of [fac.page, ben.page]) await expect(page.getByTestId("good-editor-financial-model")).toContainText("Three income streams, none above half.");
  await expectNoAxeViolations(ben.page);

  // Locked, the step is read-only for participants (the facilitator still edits).
  await fac.page.getByTestId("lock-toggle").click();
  for (const page of phones) {
    await expect(page.getByTestId("step-locked")).toBeVisible();
    await expect(page.getByTestId("good-editor-financial-model")).toHaveAttribute("contenteditable", "false");
    await page.getByRole("tab", { name: "Vision" }).click();
    await expect(page.getByTestId("vision-editor")).toHaveAttribute("contenteditable", "false");
    await page.getByRole("tab", { name: "Success factors" }).click();
    await expect(page.getByTestId("factor-input")).toHaveCount(0);
  }
  await expect(fac.page.getByTestId("good-editor-financial-model")).toHaveAttribute("contenteditable", "true");
  await fac.page.getByTestId("lock-toggle").click();

  // Everything is back after a restart.
  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await expect(page.getByTestId("current-step")).toHaveAttribute("data-step", "2");
    await expect.poll(() => editorText(page, "vision-editor")).toBe(alaVision);
    await page.getByRole("tab", { name: "Success factors" }).click();
    await expect(page.getByTestId("factor")).toHaveCount(7);
    await expect(page.getByTestId("factor").first()).toHaveAttribute("data-non-negotiable", "true");
    await page.getByRole("tab", { name: "What good looks like" }).click();
    await page.getByTestId("good-financial-model").locator("summary").click();
    await expect(page.getByTestId("good-editor-financial-model")).toContainText("Three income streams");
  }
  await ben.page.getByRole("tab", { name: "Target profile" }).click();
  await expect(ben.page.getByRole("slider", { name: "Financial model" })).toHaveAttribute("aria-valuenow", "5");
});
