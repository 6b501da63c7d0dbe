import type { Page } from "@playwright/test";
import { expectStep, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test, type Actor } from "./fixtures/test";

/** Rates dimensions in the table view of the chart shown on the page (one select per dimension). */
async function rate(page: Page, levels: Readonly<Record<string, number>>): Promise<void> {
  await page.getByTestId("toggle-table").click();
  for (const [dimension, level] of Object.entries(levels)) await page.getByTestId(`score-select-${dimension}`).selectOption(String(level));
  await page.getByTestId("toggle-table").click();
}

// Several devices per scenario and a restart of both servers: longer than the default on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

test("step 3: gaps from the revealed profiles, tags, configurable dots, confirmed priorities with advice; restart", async ({ app, facilitator, phone }) => {
  const opened = await openWorkshop(
    { app, facilitator, phone },
    { email: "decide@example.org", title: "Agder priorities", people: [{ name: "Ala", sector: "Public sector" }, { name: "Ben", sector: "Private sector", small: true }] },
  );
  const { fac } = opened;
  const [ala, ben] = opened.phones as [Actor, Actor];
  const phones = [ala.page, ben.page];
  const everyone = [fac.page, ...phones];

  // Baseline (step 1) and target (step 2), rated on the phones at the same time and revealed.
  for (const page of phones) await page.getByRole("tab", { name: "Baseline rating" }).click();
  await Promise.all([
    rate(ala.page, { "financial-model": 2, "coordinating-body": 1, "membership-model": 3 }),
    rate(ben.page, { "financial-model": 2, "coordinating-body": 2, "membership-model": 3 }),
  ]);
  await fac.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  await fac.page.getByTestId("reveal-baseline").click();
  await fac.page.getByTestId("step-next").click();
  await expectStep(everyone, 2);
  for (const page of phones) await page.getByRole("tab", { name: "Target profile" }).click();
  await Promise.all([
    rate(ala.page, { "financial-model": 5, "coordinating-body": 4, "membership-model": 4 }),
    rate(ben.page, { "financial-model": 5, "coordinating-body": 4, "membership-model": 4 }),
  ]);
  await fac.page.getByRole("tab", { name: "Target profile" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");

  // Step 3 before the target is revealed: no gaps yet.
  await fac.page.getByTestId("step-next").click();
  await expectStep(everyone, 3);
  await expect(ala.page.getByTestId("gaps-hidden")).toBeVisible();
  await fac.page.getByTestId("reveal-target").click();

  // The gaps, largest first: finance +3, coordination +2.5 (median 1.5 → 4), membership +1.
  for (const page of everyone) {
    await expect(page.getByTestId("gap-row").first()).toHaveAttribute("data-dimension", "financial-model");
    await expect(page.getByTestId("gap-row").nth(1)).toHaveAttribute("data-dimension", "coordinating-body");
    await expect(page.getByTestId("gap-row").nth(1)).toHaveAttribute("data-gap", "2.5");
    await expect(page.getByTestId("gap-row").nth(2)).toHaveAttribute("data-dimension", "membership-model");
  }
  await expect(ben.page.getByTestId("gap-row").first().getByTestId("gap-values")).toHaveText("Today 2 → target 5: gap +3");
  await expect(ben.page.getByTestId("gap-row").nth(1)).toContainText("Spread: today 0.5, target 0");

  // The facilitator tags while the group talks; phones see the tags, and cannot set them.
  const finance = (page: Page) => page.locator("[data-testid=gap-row][data-dimension=financial-model]");
  await finance(fac.page).getByTestId("tag-bottleneck").click();
  await fac.page.locator("[data-testid=gap-row][data-dimension=membership-model]").getByTestId("tag-feasible").click();
  for (const page of phones) {
    await expect(finance(page).getByTestId("tagged-bottleneck")).toBeVisible();
    await expect(page.getByTestId("tag-bottleneck")).toHaveCount(0);
  }
  await expectNoAxeViolations(ben.page);
  await expectNoAxeViolations(fac.page);

  // Dot voting with five dots each (set by the facilitator); two phones vote at the same time.
  for (const page of everyone) await page.getByRole("tab", { name: "Dot voting" }).click();
  await fac.page.getByTestId("dots-per-person").selectOption("5");
  for (const page of phones) await expect(page.getByTestId("dots-left")).toHaveText("5 dots left");
  const vote = async (page: Page, dimension: string, dots: number) => {
    for (let i = 0; i < dots; i += 1) await page.getByRole("button", { name: `Add a dot to ${dimension}` }).click();
  };
  await Promise.all([
    (async () => {
      await vote(ala.page, "Financial model", 3);
      await vote(ala.page, "Coordinating body", 2);
    })(),
    vote(ben.page, "Coordinating body", 5),
  ]);
  for (const page of phones) await expect(page.getByTestId("dots-left")).toHaveText("No dots left");
  await expect(fac.page.getByTestId("votes-state")).toContainText("2 people have voted");
  await fac.page.getByTestId("reveal-votes").click();
  for (const page of everyone) await expect(page.getByTestId("tally-coordinating-body")).toHaveAttribute("data-count", "7");
  await expectNoAxeViolations(ala.page);

  // Priorities: the method's advice guides the facilitator; everybody sees the outcome.
  for (const page of everyone) await page.getByRole("tab", { name: "Priorities" }).click();
  await expect(ala.page.getByTestId("priorities-advice")).toContainText("Choose about 3 dimensions");
  const row = (page: Page, dimension: string) => page.locator(`[data-testid=priority-row][data-dimension=${dimension}]`);
  await row(fac.page, "coordinating-body").getByTestId("priority-select").selectOption("first");
  await expect(ala.page.getByTestId("priorities-advice")).toContainText("Tagged as a bottleneck but not a priority: Financial model.");
  await row(fac.page, "financial-model").getByTestId("priority-select").selectOption("first");
  await row(fac.page, "financial-model").getByTestId("rationale-input").fill("Core funding unlocks everything else");
  await row(fac.page, "coordinating-body").getByTestId("rationale-input").fill("Most votes; nobody coordinates yet");
  await row(fac.page, "membership-model").getByTestId("priority-select").selectOption("second");
  await fac.page.getByTestId("timeframe-input").fill("by the end of 2026");
  await fac.page.getByTestId("second-timeframe-input").fill("2027");
  for (const page of phones) {
    await expect(page.getByTestId("priorities-summary")).toContainText("Priorities now: Coordinating body, Financial model — by the end of 2026");
    await expect(page.getByTestId("priorities-summary")).toContainText("Second phase: Membership model — 2027");
    await expect(page.getByTestId("priorities-advice")).toContainText("About three priorities, each with a reason.");
    await expect(row(page, "financial-model").getByTestId("rationale")).toContainText("Core funding unlocks everything else");
    await expect(page.getByTestId("priority-select")).toHaveCount(0);
  }
  await expect(row(ben.page, "coordinating-body")).toContainText("7 dots");
  await expectNoAxeViolations(ben.page);
  await expectNoAxeViolations(fac.page);

  // Tags, dots per person and priorities are in the control document: all back after a restart.
  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await expect(finance(page)).toBeVisible();
    await page.getByRole("tab", { name: "Priorities" }).click();
    await expect(page.getByTestId("priorities-summary")).toContainText("Priorities now: Coordinating body, Financial model — by the end of 2026");
  }
  await ala.page.getByRole("tab", { name: "Gaps" }).click();
  await expect(finance(ala.page).getByTestId("tagged-bottleneck")).toBeVisible();
  await ala.page.getByRole("tab", { name: "Dot voting" }).click();
  await expect(ala.page.getByTestId("my-dots-coordinating-body")).toHaveAttribute("data-count", "2");
  await expect(fac.page.getByTestId("priority-select")).toHaveCount(8);
});
