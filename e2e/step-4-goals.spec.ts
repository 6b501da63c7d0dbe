import type { Page } from "@playwright/test";
import { confirmPriorities, goToStep, hasHorizontalScroll, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test } from "./fixtures/test";

// Several devices per scenario and a restart of both servers: longer than the default on a shared two-core machine.
test.describe.configure({ timeout: 600_000 });

const goal = (page: Page, dimension: string) => page.locator(`[data-testid=goal-card][data-dimension=${dimension}]`);
const criterion = (page: Page, dimension: string, id: string) => goal(page, dimension).locator(`[data-testid=smart-criterion][data-criterion=${id}]`);

test("step 4: one SMART goal per confirmed priority, co-edited from phones, checked live, locked, kept across a restart", async ({ app, facilitator, phone }) => {
  const { fac, phones, everyone } = await openWorkshop(
    { app, facilitator, phone },
    { email: "goals@example.org", title: "Pomorskie goals", people: [{ name: "Ala", sector: "Public sector" }, { name: "Ben", sector: "Private sector", small: true }] },
  );
  const [ala, ben] = phones.map((p) => p.page) as [Page, Page];

  // Before step 3 confirms anything, step 4 says where goals come from.
  await goToStep(fac.page, everyone, 4);
  await expect(ala.getByTestId("no-priorities")).toBeVisible();
  await confirmPriorities(fac.page, everyone, ["coordinating-body", "financial-model"]);
  await goToStep(fac.page, everyone, 4);

  // One goal per priority, as tabs in dimension order; an empty goal misses all five criteria.
  for (const page of everyone) {
    await expect(page.getByTestId("goal-tabs").getByRole("tab")).toHaveText(["Coordination", "Finance"]);
    await expect(goal(page, "coordinating-body").getByTestId("smart-check")).toHaveAttribute("data-met", "0");
  }

  // A slogan is named as too vague and untimed, live on the other phone.
  await ala.locator("[data-testid=goal-card] [data-testid=goal-statement]").fill("Strengthen coordination");
  await expect(criterion(ben, "coordinating-body", "specific")).toContainText("Too vague");
  await expect(criterion(ben, "coordinating-body", "time-bound")).toContainText("No date");

  // Three people edit different parts of one goal at the same time; everything converges everywhere.
  const statement = "By Q3 2027, 3 municipalities co-fund a coordinator with 2 FTE";
  await Promise.all([
    ala.getByTestId("goal-statement").fill(statement),
    ben.getByTestId("goal-outcome").fill("Members get one contact point for joint projects"),
    (async () => {
      await fac.page.getByTestId("goal-capability").fill("The office runs a monthly partner meeting");
      await fac.page.getByTestId("goal-deadline").fill("2027-09-30");
    })(),
  ]);
  for (const page of everyone) {
    const card = goal(page, "coordinating-body");
    await expect(card.getByTestId("goal-statement")).toHaveValue(statement);
    await expect(card.getByTestId("goal-outcome")).toHaveValue("Members get one contact point for joint projects");
    await expect(card.getByTestId("goal-capability")).toHaveValue("The office runs a monthly partner meeting");
    await expect(card.getByTestId("goal-deadline")).toHaveValue("2027-09-30");
    await expect(criterion(page, "coordinating-body", "measurable")).toContainText("No indicator yet");
    await expect(criterion(page, "coordinating-body", "time-bound")).toHaveAttribute("data-ok", "true");
  }

  // Ben (360 px, touch) adds an indicator; the goal then meets all five criteria, for everyone.
  await ben.getByTestId("add-indicator").tap();
  await ben.getByTestId("indicator-name").fill("Municipalities co-funding the office");
  await ben.getByTestId("indicator-baseline").fill("0");
  await ben.getByTestId("indicator-target").fill("3");
  await ben.getByTestId("indicator-source").fill("Budget resolutions");
  for (const page of everyone) {
    await expect(goal(page, "coordinating-body").getByTestId("smart-check")).toHaveAttribute("data-met", "5");
    await expect(goal(page, "coordinating-body").getByTestId("smart-summary")).toHaveText("All five criteria met.");
  }
  // Ala appends to the statement Ben's phone shows; both see the one text.
  await ala.getByTestId("goal-statement").press("End");
  await ala.getByTestId("goal-statement").pressSequentially(" in Gdańsk");
  await expect(ben.getByTestId("goal-statement")).toHaveValue(`${statement} in Gdańsk`);
  expect(await hasHorizontalScroll(ben)).toBe(false);
  await expectNoAxeViolations(ben);
  await expectNoAxeViolations(fac.page);

  // Ben switches his phone to Polish: Polish wording, and the check reads Polish numbers and dates.
  await ben.getByTestId("language-switcher").selectOption("pl");
  await expect(goal(ben, "coordinating-body").getByRole("heading", { name: "Sprawdzenie SMART" })).toBeVisible({ timeout: 30_000 });
  await ben.getByRole("tab", { name: "Finansowanie" }).tap();
  await ben.getByTestId("goal-statement").fill("W ciągu 12 miesięcy pozyskamy trzy nowe źródła finansowania rdzenia");
  await expect(criterion(ben, "financial-model", "time-bound")).toHaveAttribute("data-ok", "true");
  await expect(criterion(ben, "financial-model", "specific")).toHaveAttribute("data-ok", "true");
  await expect(criterion(ben, "financial-model", "measurable")).toContainText("Brak wskaźnika");
  await expect(criterion(ben, "financial-model", "measurable").locator("[data-issue=no-number]")).toHaveCount(0);
  await expectNoAxeViolations(ben);

  // Locked: participants read but cannot change; the facilitator still can.
  await fac.page.getByTestId("lock-toggle").click();
  for (const page of [ala, ben]) {
    await expect(page.getByTestId("step-locked")).toBeVisible();
    await expect(page.getByTestId("goal-statement")).toHaveAttribute("readonly", "");
    await expect(page.getByTestId("add-indicator")).toHaveCount(0);
  }
  await expect(ala.getByTestId("indicator-target")).toHaveAttribute("readonly", ""); // Ben is on the other goal's tab
  await expect(fac.page.getByTestId("goal-statement")).not.toHaveAttribute("readonly", "");

  // Goals are on the board document: all back after a restart, with the lock.
  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    const card = goal(page, "coordinating-body");
    await expect(card.getByTestId("goal-statement")).toHaveValue(`${statement} in Gdańsk`);
    await expect(card.getByTestId("indicator-target")).toHaveValue("3");
    await expect(card.getByTestId("smart-check")).toHaveAttribute("data-met", "5");
  }
  await expect(ala.getByTestId("goal-statement")).toHaveAttribute("readonly", "");
  await fac.page.getByRole("tab", { name: "Finance" }).click();
  await expect(goal(fac.page, "financial-model").getByTestId("goal-statement")).toHaveValue("W ciągu 12 miesięcy pozyskamy trzy nowe źródła finansowania rdzenia");
});
