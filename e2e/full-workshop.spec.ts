import type { Page } from "@playwright/test";
import { centreOf, chartPoint, touchDrag } from "./fixtures/chart";
import { addNote, editorText, goToStep, hasHorizontalScroll, openWorkshop } from "./fixtures/steps";
import { expect, expectNoAxeViolations, test, type Actor } from "./fixtures/test";

/** Rates dimensions in the table view of the chart shown on the page (one select per dimension). */
async function rate(page: Page, levels: Readonly<Record<string, number>>): Promise<void> {
  await page.getByTestId("toggle-table").click();
  for (const [dimension, level] of Object.entries(levels)) await page.getByTestId(`score-select-${dimension}`).selectOption(String(level));
  await page.getByTestId("toggle-table").click();
}

/** The outcome report as it must read at the end (facilitator's or participant's copy). */
async function expectOutcome(page: Page, vision: string): Promise<void> {
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-synced", "true");
  await expect(page.getByTestId("outcome-title")).toHaveText("Kurzeme — full workshop");
  await expect(page.getByTestId("outcome-vision")).toContainText(vision);
  await expect(page.getByTestId("outcome-row-financial-model").locator("td").nth(0)).toHaveText("2");
  await expect(page.getByTestId("outcome-row-financial-model").locator("td").nth(1)).toHaveText("5");
  await expect(page.getByTestId("outcome-priority-coordinating-body")).toContainText("Why: Most votes; nobody coordinates yet");
  await expect(page.getByTestId("outcome-priority-financial-model")).toContainText("Why: Core funding unlocks everything else");
  await expect(page.getByTestId("outcome-priority-service-portfolio")).toContainText("Why: Members need a reason to stay");
  const goal = page.getByTestId("outcome-goal-coordinating-body");
  await expect(goal).toContainText(STATEMENT);
  await expect(goal).toContainText("Municipalities co-funding the office");
  const plan = page.getByTestId("outcome-plan-coordinating-body");
  await expect(plan).toContainText("Hire a part-time coordinator");
  await expect(plan).toContainText("Cem");
  await expect(plan).toContainText("€20k from three municipalities");
  await expect(plan).toContainText("Job description agreed");
}

const STATEMENT = "By Q3 2027, 3 municipalities co-fund a coordinator with 2 FTE";

// One facilitator and three phones through all five steps, a restart of both servers: a long scenario on two cores.
test.describe.configure({ timeout: 600_000 });

test("full workshop (create mode): three phones and a facilitator from step 1 to the outcome report, which survives a restart", async ({ app, facilitator, phone }) => {
  const opened = await openWorkshop(
    { app, facilitator, phone },
    {
      email: "full@example.org",
      title: "Kurzeme — full workshop",
      people: [
        { name: "Ala", sector: "Public sector" },
        { name: "Ben", sector: "Private sector" },
        { name: "Cem", sector: "Social economy and civil society", small: true },
      ],
    },
  );
  const { fac, everyone, workshop } = opened;
  const [ala, ben, cem] = opened.phones.map((p: Actor) => p.page) as [Page, Page, Page];
  const phones = [ala, ben, cem];

  // Step 1, status quo: every phone writes a note at the same time.
  await Promise.all([
    addNote(ala, "people-skills", "Volunteers with IT skills"),
    addNote(ben, "people-skills", "Two researchers on social innovation"),
    addNote(cem, "policy-regulation", "Regional social-economy programme"),
  ]);
  for (const page of everyone) {
    await expect(page.getByTestId("note-column-people-skills")).toHaveAttribute("data-count", "2");
    await expect(page.getByTestId("note-column-policy-regulation")).toHaveAttribute("data-count", "1");
  }

  // Ben maps a stakeholder; the others see it.
  for (const page of [fac.page, ben]) await page.getByRole("tab", { name: "Stakeholder map" }).click();
  await ben.getByTestId("stakeholder-add-open").click();
  const form = ben.getByTestId("stakeholder-form").first();
  await form.getByTestId("stakeholder-name-input").fill("City of Liepāja");
  await form.getByTestId("stakeholder-sector-input").selectOption({ label: "Public sector" });
  await form.getByTestId("stakeholder-influence-input").selectOption("4");
  await form.getByTestId("stakeholder-connection-input").selectOption("2");
  await form.getByTestId("stakeholder-value-input").fill("Premises and co-funding");
  await form.getByTestId("stakeholder-save").click();
  await expect(fac.page.getByTestId("stakeholder-row").filter({ hasText: "City of Liepāja" })).toContainText("Premises and co-funding");

  // Baseline: Ala drags with her finger, Cem (360 px) uses the keyboard, Ben the table; the facilitator reveals.
  for (const page of everyone) await page.getByRole("tab", { name: "Baseline rating" }).click();
  await ala.getByRole("slider", { name: "Financial model" }).scrollIntoViewIfNeeded();
  await touchDrag(ala, await centreOf(ala, "handle-financial-model"), await chartPoint(ala, "financial-model", 2));
  await expect(ala.getByRole("slider", { name: "Financial model" })).toHaveAttribute("aria-valuenow", "2");
  const cemFinance = cem.getByRole("slider", { name: "Financial model" });
  await cemFinance.focus();
  await cem.keyboard.press("Home");
  await cem.keyboard.press("ArrowUp");
  await expect(cemFinance).toHaveAttribute("aria-valuenow", "2");
  await rate(ben, { "financial-model": 3, "coordinating-body": 1 });
  await expect(fac.page.getByTestId("scoring-state")).toContainText("3 people have rated");
  await fac.page.getByTestId("reveal-baseline").click();
  for (const page of everyone) await expect(page.getByTestId("median-polygon")).toHaveCount(1);

  // Step 2: Ala writes the vision; the phones set target scores; the facilitator reveals.
  await goToStep(fac.page, everyone, 2);
  const vision = "A cluster every sector co-owns.";
  await ala.getByTestId("vision-editor").click();
  await ala.keyboard.type(vision);
  for (const page of [fac.page, ben, cem]) await expect.poll(() => editorText(page, "vision-editor")).toBe(vision);
  for (const page of everyone) await page.getByRole("tab", { name: "Target profile" }).click();
  await Promise.all([
    rate(ala, { "financial-model": 5, "coordinating-body": 4, "service-portfolio": 4 }),
    rate(ben, { "financial-model": 5, "coordinating-body": 4, "service-portfolio": 3 }),
    rate(cem, { "financial-model": 5, "coordinating-body": 5, "service-portfolio": 4 }),
  ]);
  await expect(fac.page.getByTestId("scoring-state")).toContainText("3 people have rated");
  await fac.page.getByTestId("reveal-target").click();

  // Step 3: the facilitator tags, the phones vote (three dots each), reveal; three priorities with reasons.
  await goToStep(fac.page, everyone, 3);
  await fac.page.locator("[data-testid=gap-row][data-dimension=financial-model]").getByTestId("tag-bottleneck").click();
  await expect(cem.locator("[data-testid=gap-row][data-dimension=financial-model]").getByTestId("tagged-bottleneck")).toBeVisible();
  for (const page of everyone) await page.getByRole("tab", { name: "Dot voting" }).click();
  const vote = async (page: Page, dimension: string, dots: number) => {
    for (let i = 0; i < dots; i += 1) await page.getByRole("button", { name: `Add a dot to ${dimension}` }).click();
  };
  await Promise.all([
    (async () => {
      await vote(ala, "Coordinating body", 2);
      await vote(ala, "Financial model", 1);
    })(),
    vote(ben, "Coordinating body", 3),
    (async () => {
      await vote(cem, "Service / activity portfolio", 2);
      await vote(cem, "Financial model", 1);
    })(),
  ]);
  for (const page of phones) await expect(page.getByTestId("dots-left")).toHaveText("No dots left");
  await expect(fac.page.getByTestId("votes-state")).toContainText("3 people have voted");
  await fac.page.getByTestId("reveal-votes").click();
  for (const page of everyone) await expect(page.getByTestId("tally-coordinating-body")).toHaveAttribute("data-count", "5");

  for (const page of everyone) await page.getByRole("tab", { name: "Priorities" }).click();
  const row = (page: Page, dimension: string) => page.locator(`[data-testid=priority-row][data-dimension=${dimension}]`);
  for (const [dimension, why] of [
    ["coordinating-body", "Most votes; nobody coordinates yet"],
    ["financial-model", "Core funding unlocks everything else"],
    ["service-portfolio", "Members need a reason to stay"],
  ] as const) {
    await row(fac.page, dimension).getByTestId("priority-select").selectOption("first");
    await row(fac.page, dimension).getByTestId("rationale-input").fill(why);
  }
  for (const page of phones) {
    await expect(page.getByTestId("priorities-advice")).toContainText("About three priorities, each with a reason.");
    await expect(row(page, "service-portfolio").getByTestId("rationale")).toContainText("Members need a reason to stay");
  }

  // Step 4: a SMART goal for coordination, written on the phones; the check turns complete everywhere.
  await goToStep(fac.page, everyone, 4);
  const goal = (page: Page) => page.locator("[data-testid=goal-card][data-dimension=coordinating-body]");
  await goal(ala).getByTestId("goal-statement").fill(STATEMENT);
  await goal(ben).getByTestId("goal-outcome").fill("Members get one contact point for joint projects");
  await goal(fac.page).getByTestId("goal-capability").fill("The office runs a monthly partner meeting");
  await goal(fac.page).getByTestId("goal-deadline").fill("2027-09-30");
  await goal(cem).getByTestId("add-indicator").tap();
  await goal(cem).getByTestId("indicator-name").fill("Municipalities co-funding the office");
  await goal(cem).getByTestId("indicator-baseline").fill("0");
  await goal(cem).getByTestId("indicator-target").fill("3");
  await goal(cem).getByTestId("indicator-source").fill("Budget resolutions");
  for (const page of everyone) {
    await expect(goal(page).getByTestId("goal-statement")).toHaveValue(STATEMENT);
    await expect(goal(page).getByTestId("smart-check")).toHaveAttribute("data-met", "5");
  }

  // Step 5: Cem (360 px, touch) adds a measure with an owner, a resource and a milestone.
  await goToStep(fac.page, everyone, 5);
  const plan = (page: Page) => page.locator("[data-testid=plan-card][data-dimension=coordinating-body]");
  await plan(cem).getByTestId("new-measure-text").fill("Hire a part-time coordinator");
  await plan(cem).getByTestId("add-measure").tap();
  const measure = (page: Page) => plan(page).getByTestId("measure").first();
  await measure(cem).getByTestId("measure-owner").fill("Cem");
  await measure(cem).getByTestId("resource-funding").tap();
  await measure(cem).getByTestId("resource-note-funding").fill("€20k from three municipalities");
  await plan(ala).getByTestId("milestone-d30").fill("Job description agreed");
  await plan(fac.page).getByTestId("plan-monitoring").fill("Owners meet every month");
  for (const page of everyone) {
    await expect(measure(page).getByTestId("measure-owner")).toHaveValue("Cem");
    await expect(measure(page).getByTestId("resource-note-funding")).toHaveValue("€20k from three municipalities");
    await expect(plan(page).getByTestId("plan-check")).toHaveAttribute("data-gaps", "0");
  }
  expect(await hasHorizontalScroll(cem)).toBe(false);

  // The outcome: the facilitator's report and Cem's copy on his phone.
  await fac.page.goto(`/w/${workshop.id}/outcome`);
  await expectOutcome(fac.page, vision);
  await expectNoAxeViolations(fac.page);
  await cem.getByTestId("outcome-link").click();
  await expect(cem).toHaveURL(new RegExp(`/room/${workshop.id}/outcome$`));
  await expectOutcome(cem, vision);
  // The report's tables wrap on a 360 px phone instead of scrolling sideways.
  expect(await hasHorizontalScroll(cem)).toBe(false);
  await expectNoAxeViolations(cem);

  // Everything is in the stored documents: after restarting both servers the reports read the same.
  await app.restart();
  for (const page of [fac.page, cem]) {
    await page.reload();
    await expectOutcome(page, vision);
  }
});
