import type { Page } from "@playwright/test";
import { confirmPriorities, goToStep, hasHorizontalScroll, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test } from "./fixtures/test";

// Several devices per scenario and a restart of both servers: longer than the default on a shared two-core machine.
test.describe.configure({ timeout: 600_000 });

const measure = (page: Page, n: number) => page.getByTestId("measure").nth(n);
const gaps = (page: Page) => page.getByTestId("plan-gap");

test("step 5 (evaluate mode): measures from one-tap starters, owners and resources, milestones and monitoring, co-edited, locked, kept across a restart", async ({ app, facilitator, phone }) => {
  const { fac, phones, everyone } = await openWorkshop(
    { app, facilitator, phone },
    { email: "plan@example.org", title: "Västerbotten plan review", mode: "evaluate", people: [{ name: "Ala", sector: "Public sector" }, { name: "Ben", sector: "Private sector", small: true }] },
  );
  const [ala, ben] = phones.map((p) => p.page) as [Page, Page];
  await confirmPriorities(fac.page, everyone, ["financial-model"]);
  await goToStep(fac.page, everyone, 5);

  // Evaluate wording, and an empty plan's gaps named.
  for (const page of everyone) {
    await expect(page.getByTestId("plan-card")).toHaveAttribute("data-dimension", "financial-model");
    await expect(page.getByTestId("plan-check").getByRole("heading")).toHaveText("Are the measures concrete, owned and resourced?");
    await expect(gaps(page)).toHaveText(["No measures yet.", "No milestones yet.", "No monitoring routine yet."]);
  }

  // Two phones tap the same starter at once: one measure. (The second tap may find the button already gone.)
  const taps = await Promise.allSettled([ala, ben].map((page) => page.getByTestId("starter-partner-round-tables").tap({ timeout: 10_000 })));
  expect(taps.some((t) => t.status === "fulfilled")).toBe(true);
  for (const page of everyone) await expect(page.locator("[data-testid=measure][data-example=partner-round-tables]")).toHaveCount(1);
  await ben.getByTestId("starter-pilot-use-cases").tap();
  await ala.getByTestId("new-measure-type").selectOption("partnerships");
  await ala.getByTestId("new-measure-text").fill("Map the region's 10 largest funders");
  await ala.getByTestId("add-measure").tap();
  for (const page of everyone) {
    await expect(page.getByTestId("measure")).toHaveCount(3);
    for (const [n, text] of ["Organise 3 partner round tables", "Pilot 2 use cases", "Map the region's 10 largest funders"].entries()) {
      await expect(measure(page, n).getByTestId("measure-text")).toHaveValue(text);
    }
    await expect(page.getByTestId("starter-partner-round-tables")).toHaveCount(0);
  }
  await expect(measure(fac.page, 1).getByTestId("measure-type")).toHaveValue("pilots");
  await expect(gaps(ala).filter({ hasText: "No owner yet" })).toHaveText("No owner yet: measure 1, 2, 3.");

  // Three people fill in one plan at the same time: owner, resources, monitoring.
  await Promise.all([
    (async () => {
      await measure(ala, 0).getByTestId("measure-owner").fill("Ala");
      await measure(ala, 0).getByTestId("measure-contributors").fill("Ben, Cem");
    })(),
    (async () => {
      await measure(ben, 0).getByTestId("resource-funding").tap();
      await measure(ben, 0).getByTestId("resource-note-funding").fill("€2k for venues");
    })(),
    fac.page.getByTestId("plan-monitoring").fill("Owners meet for 30 minutes every month"),
  ]);
  for (const page of everyone) {
    await expect(measure(page, 0).getByTestId("measure-owner")).toHaveValue("Ala");
    await expect(measure(page, 0).getByTestId("measure-contributors")).toHaveValue("Ben, Cem");
    await expect(measure(page, 0).getByTestId("resource-funding")).toBeChecked();
    await expect(measure(page, 0).getByTestId("resource-note-funding")).toHaveValue("€2k for venues");
    await expect(page.getByTestId("plan-monitoring")).toHaveValue("Owners meet for 30 minutes every month");
  }

  // Milestones: Ben switches the plan to quarters; Ala writes the first one.
  await ben.getByTestId("scheme-quarterly").tap();
  for (const page of everyone) await expect(page.getByTestId("milestones")).toHaveAttribute("data-scheme", "quarterly");
  await ala.getByTestId("milestone-q1").fill("First round table held");
  await expect(ben.getByTestId("milestone-q1")).toHaveValue("First round table held");

  // The rest of the owners and resources: the check turns green everywhere.
  for (const n of [1, 2]) {
    await measure(ben, n).getByTestId("measure-owner").fill("Ben");
    await measure(ben, n).getByTestId("resource-time").tap();
  }
  for (const page of everyone) await expect(page.getByTestId("plan-check")).toHaveAttribute("data-gaps", "0");
  expect(await hasHorizontalScroll(ben)).toBe(false);
  await expectNoAxeViolations(ben);
  await expectNoAxeViolations(fac.page);

  // Ala switches her phone to Polish: the check and the starters in Polish.
  await ala.getByTestId("language-switcher").selectOption("pl");
  await expect(ala.getByTestId("plan-check").getByRole("heading")).toHaveText("Czy środki są konkretne, mają właściciela i zasoby?", { timeout: 30_000 });
  await expect(ala.getByTestId("starter-governance-charter")).toHaveText("+ Ustanowienie karty zarządzania");
  await expectNoAxeViolations(ala);

  // Locked: participants read but cannot change; the facilitator still can.
  await fac.page.getByTestId("lock-toggle").click();
  for (const page of [ala, ben]) {
    await expect(page.getByTestId("step-locked")).toBeVisible();
    await expect(page.getByTestId("starters")).toHaveCount(0);
    await expect(page.getByTestId("add-measure-form")).toHaveCount(0);
    await expect(page.getByTestId("remove-measure")).toHaveCount(0);
    await expect(measure(page, 0).getByTestId("measure-owner")).toHaveAttribute("readonly", "");
    await expect(measure(page, 0).getByTestId("resource-time")).toBeDisabled();
    await expect(page.getByTestId("scheme-30-60-90")).toBeDisabled();
  }
  await expect(fac.page.getByTestId("add-measure-form")).toBeVisible();

  // Plans are on the board document: all back after a restart.
  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await expect(page.getByTestId("measure")).toHaveCount(3);
    await expect(measure(page, 0).getByTestId("resource-note-funding")).toHaveValue("€2k for venues");
    await expect(page.getByTestId("milestones")).toHaveAttribute("data-scheme", "quarterly");
    await expect(page.getByTestId("milestone-q1")).toHaveValue("First round table held");
    await expect(page.getByTestId("plan-check")).toHaveAttribute("data-gaps", "0");
  }
  await expect(ala.getByTestId("step-locked")).toBeVisible();
});
