import { createStakeholderGrid } from "../lib/workshop/stakeholder-grid";
import { touchDrag } from "./fixtures/chart";
import { addNote, expectStep, noteCard, openFacilitatorRoom, skewClock, timerSeconds } from "./fixtures/steps";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, joinAs, test } from "./fixtures/test";

// Several devices per scenario and a restart of both servers: longer than the default on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

test("step 1: status-quo notes from three phones converge; authors own their notes; the facilitator stars, groups and merges; all survives a restart", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "notes@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Kurzeme CSEI kick-off");
  const fac = await facilitator(account.email, account.password);
  await openFacilitatorRoom(fac, workshop.id);
  const ala = await phone();
  const ben = await phone();
  const cem = await phone();
  await cem.page.setViewportSize({ width: 360, height: 640 });
  await joinAs(ala.page, workshop.joinCode, "Ala", "Public sector");
  await joinAs(ben.page, workshop.joinCode, "Ben", "Academic and research institutions");
  await joinAs(cem.page, workshop.joinCode, "Cem", "Social economy and civil society");
  const everyone = [fac, ala, ben, cem].map((a) => a.page);
  await expectStep(everyone, 1);

  // The eleven prompts are there as columns: five internal, six external.
  await expect(cem.page.getByTestId("notes-board").locator("[data-testid^=note-column-]")).toHaveCount(11);
  await expect(cem.page.getByRole("heading", { name: "Internal resources" })).toBeVisible();
  await expect(cem.page.getByRole("heading", { name: "External environment" })).toBeVisible();

  // Three people write at the same time, two of them in the same column.
  await Promise.all([
    addNote(ala.page, "people-skills", "Volunteers with IT skills"),
    addNote(ben.page, "people-skills", "Two researchers on social innovation", "Academic and research institutions"),
    addNote(cem.page, "policy-regulation", "Regional social-economy programme"),
  ]);
  await addNote(cem.page, "people-skills", "IT volunteers at the library");
  for (const page of everyone) {
    await expect(page.getByTestId("note-column-people-skills")).toHaveAttribute("data-count", "3");
    await expect(page.getByTestId("note-column-policy-regulation")).toHaveAttribute("data-count", "1");
  }
  // The sector tag defaults to the author's own sector and can be changed.
  await expect(noteCard(fac.page, "Volunteers with IT skills")).toContainText("Ala · Public sector");
  await expect(noteCard(fac.page, "Two researchers on social innovation")).toContainText("Ben · Academic and research institutions");

  // Authors edit and delete their own notes, and only those.
  await expect(noteCard(ala.page, "Volunteers with IT skills").getByTestId("note-edit")).toHaveCount(1);
  await expect(noteCard(ala.page, "Two researchers on social innovation").getByTestId("note-edit")).toHaveCount(0);
  await expect(noteCard(ala.page, "Two researchers on social innovation").getByTestId("note-delete")).toHaveCount(0);
  await noteCard(ala.page, "Volunteers with IT skills").getByTestId("note-edit").click();
  await ala.page.getByTestId("note-column-people-skills").getByTestId("note-text-input").fill("Volunteers with IT and design skills");
  await ala.page.getByTestId("note-column-people-skills").getByTestId("note-save").click();
  await expect(noteCard(ben.page, "Volunteers with IT and design skills")).toHaveCount(1);
  await noteCard(cem.page, "Regional social-economy programme").getByTestId("note-delete").click();
  await noteCard(cem.page, "Regional social-economy programme").getByTestId("note-delete-confirm").click();
  for (const page of everyone) await expect(page.getByTestId("note-column-policy-regulation")).toHaveAttribute("data-count", "0");
  // Participants have no curation controls.
  await expect(ala.page.getByTestId("note-star")).toHaveCount(0);
  await expect(ala.page.getByTestId("group-new")).toHaveCount(0);

  // The facilitator stars a note, makes a group and merges a duplicate; every phone sees it.
  await noteCard(fac.page, "Volunteers with IT and design skills").getByTestId("note-star").click();
  const column = fac.page.getByTestId("note-column-people-skills");
  await column.getByTestId("group-new").click();
  await column.getByTestId("group-name-input").fill("Skills we have");
  await column.getByTestId("group-create").click();
  await noteCard(fac.page, "Volunteers with IT and design skills").getByTestId("note-group-select").selectOption({ label: "Skills we have" });
  await noteCard(fac.page, "IT volunteers at the library").getByTestId("note-merge-select").selectOption({ label: "Volunteers with IT and design skills" });
  for (const page of [ala.page, ben.page, cem.page]) {
    const starred = noteCard(page, "Volunteers with IT and design skills");
    await expect(starred).toHaveAttribute("data-starred", "true");
    await expect(page.getByTestId("note-group").filter({ hasText: "Skills we have" }).getByTestId("note-text")).toHaveText(["Volunteers with IT and design skills"]);
    await expect(starred.getByTestId("merged-note")).toContainText("IT volunteers at the library");
  }
  await expect(cem.page.getByTestId("note-column-people-skills")).toHaveAttribute("data-count", "3");

  await expectNoAxeViolations(cem.page);
  await expectNoAxeViolations(fac.page);

  // After restarting both servers, notes, stars, groups and merges are back.
  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await expect(page.getByTestId("note-column-people-skills")).toHaveAttribute("data-count", "3");
    await expect(noteCard(page, "Volunteers with IT and design skills")).toHaveAttribute("data-starred", "true");
    await expect(noteCard(page, "Volunteers with IT and design skills").getByTestId("merged-note")).toContainText("IT volunteers at the library");
    await expect(page.getByTestId("note-group").filter({ hasText: "Skills we have" })).toHaveCount(1);
  }
});

test("step 1: the stakeholder map by form, keyboard and touch drag converges on every device and survives a restart; baseline rating", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "map@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Riga ecosystem");
  const fac = await facilitator(account.email, account.password);
  await openFacilitatorRoom(fac, workshop.id);
  const ala = await phone();
  const ben = await phone();
  await ben.page.setViewportSize({ width: 360, height: 640 });
  await joinAs(ala.page, workshop.joinCode, "Ala", "Public sector");
  await joinAs(ben.page, workshop.joinCode, "Ben", "Private sector");
  const everyone = [fac.page, ala.page, ben.page];
  for (const page of everyone) await page.getByRole("tab", { name: "Stakeholder map" }).click();

  // Two people add stakeholders at the same time.
  const add = async (page: typeof ala.page, name: string, sector: string, influence: string, connection: string, value: string) => {
    await page.getByTestId("stakeholder-add-open").click();
    const form = page.getByTestId("stakeholder-form").first();
    await form.getByTestId("stakeholder-name-input").fill(name);
    await form.getByTestId("stakeholder-sector-input").selectOption({ label: sector });
    await form.getByTestId("stakeholder-influence-input").selectOption(influence);
    await form.getByTestId("stakeholder-connection-input").selectOption(connection);
    await form.getByTestId("stakeholder-value-input").fill(value);
    await form.getByTestId("stakeholder-save").click();
  };
  await Promise.all([
    add(ala.page, "City of Riga", "Public sector", "3", "2", "Core funding"),
    add(ben.page, "Riga Technical University", "Academic and research institutions", "2", "4", "Research"),
  ]);
  const item = (page: typeof ala.page, name: string) => page.getByTestId("stakeholder-map").locator(`[data-testid=stakeholder-item][data-name="${name}"]`);
  for (const page of everyone) {
    await expect(item(page, "City of Riga")).toHaveAttribute("data-influence", "3");
    await expect(item(page, "Riga Technical University")).toHaveAttribute("data-connection", "4");
    await expect(page.getByTestId("stakeholder-row")).toHaveCount(2);
  }

  // Ala moves the city with the keyboard while Ben drags the university with his finger.
  await item(ala.page, "City of Riga").focus();
  await ala.page.keyboard.press("ArrowUp");
  await ala.page.keyboard.press("ArrowUp");
  await ala.page.keyboard.press("ArrowRight");
  await expect(ala.page.getByTestId("stakeholder-map-status")).toHaveText("City of Riga: influence 5, connection 3");
  const uni = item(ben.page, "Riga Technical University");
  await uni.scrollIntoViewIfNeeded();
  const from = await uni.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  // The centre of the cell "influence 4, connection 5", from the map's own geometry, on screen.
  const target = createStakeholderGrid().centre({ influence: 4, connection: 5 });
  const cell = await ben.page.getByTestId("stakeholder-map").evaluate((svg, p) => {
    if (!(svg instanceof SVGSVGElement)) throw new Error("not an svg");
    const ctm = svg.getScreenCTM();
    if (!ctm) throw new Error("not rendered");
    const s = new DOMPoint(p.x, p.y).matrixTransform(ctm);
    return { x: s.x, y: s.y };
  }, target);
  await touchDrag(ben.page, from, cell, 12);
  for (const page of everyone) {
    await expect(item(page, "City of Riga")).toHaveAttribute("data-influence", "5");
    await expect(item(page, "City of Riga")).toHaveAttribute("data-connection", "3");
    await expect(item(page, "Riga Technical University")).toHaveAttribute("data-influence", "4");
    await expect(item(page, "Riga Technical University")).toHaveAttribute("data-connection", "5");
  }
  await expect(fac.page.getByTestId("stakeholder-row").filter({ hasText: "City of Riga" })).toContainText("Influence 5 · connection 3");

  // The list is the alternative to the map: edit there; delete is for the author (or the facilitator).
  await ben.page.getByTestId("stakeholder-row").filter({ hasText: "City of Riga" }).getByTestId("stakeholder-edit").click();
  await ben.page.getByTestId("stakeholder-list").getByTestId("stakeholder-value-input").fill("Core funding and premises");
  await ben.page.getByTestId("stakeholder-list").getByTestId("stakeholder-save").click();
  await expect(ala.page.getByTestId("stakeholder-row").filter({ hasText: "City of Riga" })).toContainText("Core funding and premises");
  await expect(ben.page.getByTestId("stakeholder-row").filter({ hasText: "City of Riga" }).getByTestId("stakeholder-delete")).toHaveCount(0);
  await expect(fac.page.getByTestId("stakeholder-row").filter({ hasText: "City of Riga" }).getByTestId("stakeholder-delete")).toHaveCount(1);

  await expectNoAxeViolations(ben.page);
  await expectNoAxeViolations(fac.page);

  // The baseline rating is step 1's third part.
  await ala.page.getByRole("tab", { name: "Baseline rating" }).click();
  await ala.page.getByRole("slider", { name: "Coordinating body" }).focus();
  await ala.page.keyboard.press("Home");
  await ala.page.keyboard.press("ArrowUp");
  await expect(ala.page.getByRole("slider", { name: "Coordinating body" })).toHaveAttribute("aria-valuenow", "2");
  await fac.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(fac.page.getByTestId("scoring-state")).toContainText("1 person has rated");
  await expectNoAxeViolations(ala.page);

  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await page.getByRole("tab", { name: "Stakeholder map" }).click();
    await expect(item(page, "City of Riga")).toHaveAttribute("data-influence", "5");
    await expect(item(page, "Riga Technical University")).toHaveAttribute("data-connection", "5");
    await expect(page.getByTestId("stakeholder-row").filter({ hasText: "City of Riga" })).toContainText("Core funding and premises");
  }
  await ala.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(ala.page.getByRole("slider", { name: "Coordinating body" })).toHaveAttribute("aria-valuenow", "2");
});

test("the facilitator drives: steps for everyone, free browsing, one countdown despite a wrong phone clock, and a lock", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "drive@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Võru evaluation", "evaluate");
  const fac = await facilitator(account.email, account.password);
  await openFacilitatorRoom(fac, workshop.id);
  const ala = await phone();
  const ben = await phone();
  await skewClock(ben.page, 47 * 60_000); // Ben's phone is 47 minutes fast.
  await ben.page.setViewportSize({ width: 360, height: 640 });
  await joinAs(ala.page, workshop.joinCode, "Ala", "Public sector");
  await joinAs(ben.page, workshop.joinCode, "Ben", "Other");
  const phones = [ala.page, ben.page];
  const everyone = [fac.page, ...phones];

  // Evaluate wording: the step's evaluation variant.
  for (const page of everyone) await expect(page.getByTestId("current-step")).toContainText("Becomes a maturity snapshot");

  // Participants follow the facilitator: the stepper shows where the group is but does not navigate.
  await expect(ala.page.getByTestId("stepper")).toHaveAttribute("data-mode", "follow");
  await expect(ala.page.getByTestId("stepper").getByRole("button")).toHaveCount(0);
  await fac.page.getByTestId("stepper-3").click();
  await expectStep(everyone, 3);
  await fac.page.getByTestId("step-prev").click();
  await expectStep(everyone, 2);

  // Free navigation: Ala looks at step 4 while Ben stays; a move by the facilitator brings everyone back.
  await fac.page.getByTestId("navigation-toggle").click();
  await expect(ala.page.getByTestId("stepper")).toHaveAttribute("data-mode", "browse");
  await ala.page.getByTestId("stepper-4").click();
  await expect(ala.page.getByTestId("current-step")).toHaveAttribute("data-step", "4");
  await expect(ala.page.getByTestId("browsing-note")).toBeVisible();
  await expect(ben.page.getByTestId("current-step")).toHaveAttribute("data-step", "2");
  await expectNoAxeViolations(ala.page);
  await fac.page.getByTestId("step-prev").click();
  await expectStep(everyone, 1);
  await fac.page.getByTestId("navigation-toggle").click();
  await expect(ala.page.getByTestId("stepper")).toHaveAttribute("data-mode", "follow");

  // A 5-minute countdown: every device shows the same time left, Ben's fast clock included.
  await fac.page.getByTestId("timer-minutes").fill("5");
  await fac.page.getByTestId("timer-start").click();
  for (const page of everyone) await expect(page.getByTestId("step-timer")).toHaveAttribute("data-state", "running");
  await expect
    .poll(async () => {
      const [f, a, b] = await Promise.all(everyone.map(timerSeconds));
      return Math.max(Math.abs((f ?? 0) - (a ?? 0)), Math.abs((f ?? 0) - (b ?? 0))) <= 2 && (b ?? 0) > 240;
    })
    .toBe(true);
  // Paused, the countdown is identical everywhere; +1 min adds exactly a minute.
  await fac.page.getByTestId("timer-pause").click();
  for (const page of everyone) await expect(page.getByTestId("step-timer")).toHaveAttribute("data-state", "paused");
  const paused = await fac.page.getByTestId("step-timer-value").textContent();
  for (const page of phones) await expect(page.getByTestId("step-timer-value")).toHaveText(paused ?? "");
  const before = await timerSeconds(fac.page);
  await fac.page.getByTestId("timer-add-1").click();
  for (const page of everyone) await expect.poll(() => timerSeconds(page)).toBe(before + 60);
  await fac.page.getByTestId("timer-resume").click();
  for (const page of everyone) await expect(page.getByTestId("step-timer")).toHaveAttribute("data-state", "running");

  // Lock step 1: participants can look but not add or change; unlocking gives it back.
  await fac.page.getByTestId("lock-toggle").click();
  for (const page of phones) {
    await expect(page.getByTestId("step-locked")).toBeVisible();
    await expect(page.getByTestId("note-add")).toHaveCount(0);
  }
  await expect(fac.page.getByTestId("note-add")).toHaveCount(11);
  await ala.page.getByRole("tab", { name: "Baseline rating" }).click();
  await expect(ala.page.getByRole("slider")).toHaveCount(0);
  await ala.page.getByRole("tab", { name: "Stakeholder map" }).click();
  await expect(ala.page.getByTestId("stakeholder-form")).toHaveCount(0);
  await expectNoAxeViolations(ben.page);
  await expectNoAxeViolations(fac.page);

  // The step, navigation, timer and lock are in the control document: they survive a restart.
  await app.restart();
  for (const page of everyone) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await expect(page.getByTestId("current-step")).toHaveAttribute("data-locked", "true");
    await expect(page.getByTestId("step-timer")).toHaveAttribute("data-state", "running");
  }
  await fac.page.getByTestId("lock-toggle").click();
  for (const page of phones) await expect(page.getByTestId("note-add")).toHaveCount(11);
  await fac.page.getByTestId("timer-clear").click();
  for (const page of everyone) await expect(page.getByTestId("step-timer")).toHaveCount(0);
});
