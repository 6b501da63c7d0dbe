import type { Page } from "@playwright/test";
import { confirmPriorities, goToStep, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test, type Actor } from "./fixtures/test";

async function rate(page: Page, levels: Readonly<Record<string, number>>): Promise<void> {
  await page.getByTestId("toggle-table").click();
  for (const [dimension, level] of Object.entries(levels)) await page.getByTestId(`score-select-${dimension}`).selectOption(String(level));
  await page.getByTestId("toggle-table").click();
}

// Three devices through all five steps on a shared two-core machine: well above the default.
test.describe.configure({ timeout: 360_000 });

test("outcome report: the whole workshop on one live page, printable, for facilitators and participants", async ({ app, facilitator, phone }) => {
  const opened = await openWorkshop(
    { app, facilitator, phone },
    { email: "outcome@example.org", title: "Pomorskie — wynik", people: [{ name: "Ala", sector: "Public sector" }, { name: "Ben", sector: "Academic and research institutions" }] },
  );
  const { fac, everyone, workshop } = opened;
  const [ala, ben] = opened.phones as [Actor, Actor];

  for (const page of [ala.page, ben.page]) await page.getByRole("tab", { name: "Baseline rating" }).click();
  await Promise.all([rate(ala.page, { "financial-model": 2 }), rate(ben.page, { "financial-model": 4 })]);
  await fac.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  await fac.page.getByTestId("reveal-baseline").click();
  await goToStep(fac.page, everyone, 2);
  await ala.page.getByTestId("vision-editor").click();
  await ala.page.keyboard.type("Żywy klaster dla całego regionu.");
  for (const page of [ala.page, ben.page]) await page.getByRole("tab", { name: "Target profile" }).click();
  await Promise.all([rate(ala.page, { "financial-model": 5 }), rate(ben.page, { "financial-model": 5 })]);
  await fac.page.getByRole("tab", { name: "Target profile" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  await fac.page.getByTestId("reveal-target").click();
  await confirmPriorities(fac.page, everyone, ["financial-model"]);
  await fac.page.locator("[data-testid=priority-row][data-dimension=financial-model]").getByTestId("rationale-input").fill("Core funding first");

  // The facilitator's report.
  await fac.page.goto(`/w/${workshop.id}`);
  await fac.page.getByTestId("outcome-link").click();
  await expect(fac.page).toHaveURL(new RegExp(`/w/${workshop.id}/outcome$`));
  const report = fac.page;
  await expect(report.getByTestId("outcome")).toHaveAttribute("data-synced", "true");
  await expect(report.getByTestId("outcome-title")).toHaveText("Pomorskie — wynik");
  const finance = report.getByTestId("outcome-row-financial-model");
  await expect(finance).toContainText("Financial model");
  await expect(finance.locator("td").nth(0)).toHaveText("3");
  await expect(finance.locator("td").nth(1)).toHaveText("5");
  await expect(finance.locator("td").nth(2)).toHaveText("2");
  await expect(report.getByTestId("outcome-chart").getByTestId("spider-chart")).toBeVisible();
  await expect(report.getByTestId("outcome-vision")).toContainText("Żywy klaster dla całego regionu.");
  await expect(report.getByTestId("outcome-priority-financial-model")).toContainText("Why: Core funding first");
  await expect(report.getByRole("heading", { level: 2 })).toHaveText(["Profile: today and target", "Vision and success factors", "Priorities", "Goals", "Action plan"]);
  await expectNoAxeViolations(report);

  // Live: a change in the room shows up in the open report.
  const room = await fac.context.newPage();
  await room.goto(`/w/${workshop.id}`);
  await room.getByRole("tab", { name: "Priorities" }).click();
  await room.locator("[data-testid=priority-row][data-dimension=financial-model]").getByTestId("rationale-input").fill("Core funding first, then services");
  await expect(report.getByTestId("outcome-priority-financial-model")).toContainText("then services");
  await room.close();

  // Print: no navigation or buttons, one section per page, the chart in greys, A4.
  await report.emulateMedia({ media: "print" });
  await expect(report.getByTestId("outcome-print")).toBeHidden();
  await expect(report.locator("body > header")).toBeHidden();
  await expect(report.getByRole("link", { name: "Back to the workshop" })).toBeHidden();
  expect(await report.getByTestId("outcome-section-vision").evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
  expect(await report.getByTestId("outcome-section-profile").evaluate((el) => getComputedStyle(el).breakBefore)).toBe("auto");
  expect(await report.getByTestId("outcome-chart").evaluate((el) => getComputedStyle(el).filter)).toContain("grayscale(1)");
  const pdf = await report.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await report.emulateMedia({ media: "screen" });

  // A participant reads the same report on their phone (read-only, their own device grant).
  await ben.page.getByTestId("outcome-link").click();
  await expect(ben.page).toHaveURL(new RegExp(`/room/${workshop.id}/outcome$`));
  await expect(ben.page.getByTestId("outcome-row-financial-model").locator("td").nth(0)).toHaveText("3");
  await expect(ben.page.getByTestId("outcome-priority-financial-model")).toContainText("then services");
  await expect(ben.page.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(ben.page);

  // Strangers get nothing: another facilitator account sees a 404.
  const other = await facilitator(...(() => {
    app.cli("user:create", "--email", "stranger@example.org", "--password", "workshop-password-1");
    return ["stranger@example.org", "workshop-password-1"] as const;
  })());
  const res = await other.page.goto(`/w/${workshop.id}/outcome`);
  expect(res?.status()).toBe(404);
});
