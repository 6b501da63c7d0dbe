import type { Page } from "@playwright/test";
import { expectStep, goToStep, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test, type Actor } from "./fixtures/test";

/** Rates dimensions in the chart's table view (one select per dimension). */
async function rate(page: Page, levels: Readonly<Record<string, number>>): Promise<void> {
  await page.getByTestId("toggle-table").click();
  for (const [dimension, level] of Object.entries(levels)) await page.getByTestId(`score-select-${dimension}`).selectOption(String(level));
  await page.getByTestId("toggle-table").click();
}

// Three devices through all five steps on a shared two-core machine: well above the default.
test.describe.configure({ timeout: 360_000 });

test("evaluate mode: each step asks its evaluation question and checks the room's content", async ({ app, facilitator, phone }) => {
  const opened = await openWorkshop(
    { app, facilitator, phone },
    { email: "evaluate@example.org", title: "Hamburg alliance review", mode: "evaluate", people: [{ name: "Ala", sector: "Public sector" }, { name: "Ben", sector: "Private sector", small: true }] },
  );
  const { fac, everyone } = opened;
  const [ala, ben] = opened.phones as [Actor, Actor];
  const phones = [ala.page, ben.page];

  // Step 1: the evaluation wording, and a maturity snapshot once the baseline is revealed.
  for (const page of everyone) {
    await expect(page.getByTestId("current-step")).toContainText("Becomes a maturity snapshot");
    await expect(page.getByTestId("review-check-snapshot-pending")).toHaveAttribute("data-status", "pending");
  }
  for (const page of phones) await page.getByRole("tab", { name: "Baseline rating" }).click();
  await Promise.all([
    rate(ala.page, { "financial-model": 1, "service-portfolio": 5, "membership-model": 1 }),
    rate(ben.page, { "financial-model": 2, "service-portfolio": 4, "membership-model": 5 }),
  ]);
  await fac.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  await fac.page.getByTestId("reveal-baseline").click();
  for (const page of everyone) {
    await expect(page.getByTestId("review-check-strengths")).toContainText("Strengths (median 4 or more): Service / activity portfolio");
    await expect(page.getByTestId("review-check-weaknesses")).toContainText("Financial model");
    await expect(page.getByTestId("review-check-disagreement")).toContainText("Membership model");
    await expect(page.getByTestId("review-check-disagreement")).toHaveAttribute("data-status", "attention");
  }
  await expectNoAxeViolations(ben.page);

  // Step 2: is the vision still shared? No vision and no revealed target yet.
  await goToStep(fac.page, everyone, 2);
  await expect(ala.page.getByTestId("current-step")).toContainText("Checks whether a shared, current vision exists");
  await expect(ala.page.getByTestId("review-check-vision-written")).toHaveAttribute("data-status", "attention");
  await expect(ala.page.getByTestId("review-check-target-pending")).toBeVisible();
  await ala.page.getByTestId("vision-editor").click();
  await ala.page.keyboard.type("A cluster every sector co-owns and that members pay for gladly, year after year.");
  for (const page of everyone) await expect(page.getByTestId("review-check-vision-written")).toHaveAttribute("data-status", "ok");
  for (const page of phones) await page.getByRole("tab", { name: "Target profile" }).click();
  await Promise.all([rate(ala.page, { "financial-model": 5, "service-portfolio": 5 }), rate(ben.page, { "financial-model": 1, "service-portfolio": 5 })]);
  await fac.page.getByRole("tab", { name: "Target profile" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  await fac.page.getByTestId("reveal-target").click();
  for (const page of everyone) await expect(page.getByTestId("review-check-target-shared")).toContainText("Financial model");

  // Step 3: are the priorities well chosen? A priority without a reason is pointed out, then fixed.
  await goToStep(fac.page, everyone, 3);
  await expect(ben.page.getByTestId("current-step")).toContainText("Either shows whether the priorities are well chosen");
  await expect(ben.page.getByTestId("review-check-priorities-none")).toBeVisible();
  await fac.page.getByRole("tab", { name: "Priorities" }).click();
  const row = fac.page.locator("[data-testid=priority-row][data-dimension=financial-model]");
  await row.getByTestId("priority-select").selectOption("first");
  for (const page of phones) await expect(page.getByTestId("review-check-priorities-rationale")).toContainText("Financial model");
  await row.getByTestId("rationale-input").fill("Without core funding nothing else lasts");
  for (const page of phones) await expect(page.getByTestId("review-check-priorities-ok")).toContainText("Financial model");

  // Steps 4 and 5 keep the evaluation wording in their header (their checks live on their own screens).
  await goToStep(fac.page, everyone, 4);
  await expect(ala.page.getByTestId("current-step")).toContainText("Either checks whether the goals are measurable");
  await expect(ala.page.getByTestId("review-4")).toHaveCount(0);
  await goToStep(fac.page, everyone, 5);
  await expectStep(everyone, 5);
  await expect(ben.page.getByTestId("current-step")).toContainText("Either checks whether the measures are concrete, resourced and owned");
  await expectNoAxeViolations(ala.page);
});
