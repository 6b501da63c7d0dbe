import { expectStep, openFacilitatorRoom } from "./fixtures/steps";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, joinAs, test } from "./fixtures/test";

test.describe.configure({ timeout: 180_000 });

test("pre-work: the facilitator opens steps, a participant joins later and works alone, then the meeting runs live", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "prework@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Võru pre-work");
  const fac = await facilitator(account.email, account.password);
  await openFacilitatorRoom(fac, workshop.id);

  // Days before: pre-work with steps 1 and 2 open. The facilitator leaves.
  await fac.page.getByTestId("prework-phase-toggle").click();
  await fac.page.getByTestId("prework-open-1").check();
  await fac.page.getByTestId("prework-open-2").check();
  await expect(fac.page.getByTestId("prework-controls")).toHaveAttribute("data-phase", "prework");
  await fac.page.close();

  // A participant joins by link with nobody else there: sees what is open, and browses it freely.
  const ala = await phone();
  await joinAs(ala.page, workshop.joinCode, "Ala", "Public sector");
  const banner = ala.page.getByTestId("prework-banner");
  await expect(banner).toContainText("1. Describe, 2. Define vision");
  await expect(ala.page.getByTestId("stepper-3")).toHaveAttribute("data-open", "false");
  await expect(ala.page.getByTestId("current-step")).toHaveAttribute("data-step", "1");
  await ala.page.getByTestId("note-column-people-skills").getByTestId("note-add").click();
  await ala.page.getByTestId("note-column-people-skills").getByTestId("note-text-input").fill("Two volunteers, one part-time coordinator");
  await ala.page.getByTestId("note-column-people-skills").getByTestId("note-save").click();
  await ala.page.getByTestId("stepper-2").click();
  await expect(ala.page.getByTestId("current-step")).toHaveAttribute("data-step", "2");
  await expect(ala.page.getByTestId("browsing-note")).toHaveCount(0);
  await ala.page.getByRole("tab", { name: "Target profile" }).click();
  await ala.page.getByTestId("toggle-table").click();
  await ala.page.getByTestId("score-select-financial-model").selectOption("4");
  await expectNoAxeViolations(ala.page);

  // The facilitator closes step 2 for pre-work: the phone moves back to the open step.
  const back = await facilitator(account.email, account.password);
  await openFacilitatorRoom(back, workshop.id);
  await expect(back.page.getByTestId("note").filter({ hasText: "Two volunteers" })).toHaveCount(1);
  await back.page.getByTestId("prework-open-2").uncheck();
  await expect(banner).toContainText("1. Describe");
  await expect(banner).not.toContainText("Define vision");
  await expect(ala.page.getByTestId("current-step")).toHaveAttribute("data-step", "1");

  // The meeting: live again, the phone follows the facilitator; its pre-work is all there.
  await back.page.getByTestId("prework-phase-toggle").click();
  await expect(banner).toHaveCount(0);
  await expect(ala.page.getByTestId("stepper")).toHaveAttribute("data-mode", "follow");
  await back.page.getByTestId("step-select").selectOption("2");
  await expectStep([back.page, ala.page], 2);
  await ala.page.getByRole("tab", { name: "Target profile" }).click();
  await ala.page.getByTestId("toggle-table").click();
  await expect(ala.page.getByTestId("score-select-financial-model")).toHaveValue("4");
});
