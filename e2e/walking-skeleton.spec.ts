import type { Page } from "@playwright/test";
import { centreOf, chartPoint, touchDrag } from "./fixtures/chart";
import { createFacilitatorAccount, expect, expectNoAxeViolations, joinAs, test } from "./fixtures/test";

/** Collects every WebSocket frame a page receives, as latin1 text, to look for what must not arrive before reveal. */
function recordFrames(page: Page): { frames: string[]; urls: string[] } {
  const record = { frames: [] as string[], urls: [] as string[] };
  page.on("websocket", (ws) => {
    record.urls.push(ws.url());
    ws.on("framereceived", ({ payload }) => record.frames.push(typeof payload === "string" ? payload : payload.toString("latin1")));
  });
  return record;
}

test("a live workshop end to end: join by code, blind scoring, reveal, vision, dot votes, restart — across the steps", async ({ app, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "fran@example.org");

  // A facilitator on a desktop signs in and creates a workshop.
  const fac = await facilitator(account.email, account.password);
  await fac.page.getByLabel("Title").fill("Pomerania CSEI kick-off");
  await fac.page.getByLabel("Region").fill("Pomorskie");
  await fac.page.getByRole("button", { name: "Create workshop" }).click();
  await expect(fac.page).toHaveURL(/\/w\/[a-z0-9]{16}$/);
  await expect(fac.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  const displayCode = (await fac.page.getByTestId("join-code").textContent())?.trim() ?? "";
  expect(displayCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(fac.page.getByTestId("join-qr")).toBeVisible();

  // Two participants join on phones: one by the link, one by typing the code.
  const ala = await phone();
  const alaWire = recordFrames(ala.page);
  await joinAs(ala.page, displayCode.replace("-", ""), "Ala", "Public sector");
  const ben = await phone();
  const benWire = recordFrames(ben.page);
  await ben.page.goto("/join");
  await ben.page.getByLabel("Workshop code").fill(displayCode.toLowerCase());
  await ben.page.getByLabel("Your name").fill("Ben");
  await ben.page.getByLabel("Your sector").selectOption({ label: "Academic and research institutions" });
  await ben.page.getByRole("button", { name: "Join" }).click();
  await expect(ben.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");

  // Everybody sees who is present.
  for (const actor of [fac, ala, ben]) {
    await expect(actor.page.getByTestId("presence-list")).toContainText("Ala");
    await expect(actor.page.getByTestId("presence-list")).toContainText("Ben");
    await expect(actor.page.getByTestId("presence-list")).toContainText("Fran Facilitator");
  }

  // Step 1 (Describe) opens for everyone; the baseline rating is one of its parts.
  for (const actor of [fac, ala, ben]) {
    await expect(actor.page.getByTestId("current-step")).toHaveAttribute("data-step", "1");
    await actor.page.getByRole("tab", { name: "Baseline rating" }).click();
  }

  // Ala drags "Financial model" to 4 with her finger; Ben sets it with the keyboard.
  const alaHandle = ala.page.getByRole("slider", { name: "Financial model" });
  await alaHandle.scrollIntoViewIfNeeded();
  await touchDrag(ala.page, await centreOf(ala.page, "handle-financial-model"), await chartPoint(ala.page, "financial-model", 4));
  await expect(alaHandle).toHaveAttribute("aria-valuenow", "4");
  await expect(alaHandle).toHaveAttribute("aria-valuetext", /^4/);

  const benHandle = ben.page.getByRole("slider", { name: "Financial model" });
  await benHandle.focus();
  await ben.page.keyboard.press("End");
  await ben.page.keyboard.press("ArrowDown");
  await expect(benHandle).toHaveAttribute("aria-valuenow", "4");
  await ben.page.getByRole("slider", { name: "Membership model" }).focus();
  await ben.page.keyboard.press("Home");
  await ben.page.keyboard.press("ArrowUp");

  // The server counts both, but before the reveal no participant's device shows or receives a median or other values.
  await expect(fac.page.getByTestId("scoring-state")).toContainText("2 people have rated");
  for (const actor of [ala, ben, fac]) await expect(actor.page.getByTestId("median-polygon")).toHaveCount(0);
  await ala.page.getByTestId("toggle-table").click();
  await expect(ala.page.getByTestId("score-row-financial-model")).toContainText("Hidden until reveal");
  await expect(ala.page.getByTestId("score-select-membership-model")).toHaveValue("");
  await expect(ala.page.getByTestId("score-row-membership-model")).toContainText("Hidden until reveal");
  expect(alaWire.frames.some((f) => f.includes("median"))).toBe(false);
  expect(benWire.frames.some((f) => f.includes("median"))).toBe(false);
  const benId = benWire.urls.find((u) => u.includes("/private/"))?.match(/private\/([a-z0-9]{16})/)?.[1];
  expect(benId).toBeTruthy();
  expect(alaWire.urls.some((u) => u.includes(benId ?? "missing"))).toBe(false);

  // The facilitator reveals: all three see the median, in the table and on the chart.
  await fac.page.getByTestId("reveal-baseline").click();
  await expect(ala.page.getByTestId("score-row-financial-model")).not.toContainText("Hidden until reveal");
  await expect(ala.page.getByTestId("score-row-financial-model")).toContainText("4");
  await ala.page.getByTestId("toggle-table").click();
  for (const actor of [fac, ala, ben]) await expect(actor.page.getByTestId("median-polygon")).toHaveCount(1);
  await fac.page.getByTestId("toggle-table").click();
  await expect(fac.page.getByTestId("score-row-financial-model")).toContainText("4");
  expect(alaWire.frames.some((f) => f.includes("median"))).toBe(true);

  // The facilitator moves everyone to step 2 (Define), where the vision is written.
  await fac.page.getByTestId("step-next").click();
  for (const actor of [fac, ala, ben]) await expect(actor.page.getByTestId("current-step")).toHaveAttribute("data-step", "2");

  // A vision sentence typed on a phone appears on the facilitator's screen.
  const sentence = "By 2030 every sector co-owns the cluster.";
  await ala.page.getByTestId("vision-editor").click();
  await ala.page.keyboard.type(sentence);
  await expect(fac.page.getByTestId("vision-editor")).toContainText(sentence);

  // Step 3 (Decide): dot votes (3 each) are tallied by the server and shown after the reveal.
  await fac.page.getByTestId("step-next").click();
  for (const actor of [fac, ala, ben]) {
    await expect(actor.page.getByTestId("current-step")).toHaveAttribute("data-step", "3");
    await actor.page.getByRole("tab", { name: "Dot voting" }).click();
  }
  await ala.page.getByRole("button", { name: "Add a dot to Financial model" }).click();
  await ala.page.getByRole("button", { name: "Add a dot to Financial model" }).click();
  await ala.page.getByRole("button", { name: "Add a dot to Membership model" }).click();
  await expect(ala.page.getByTestId("dots-left")).toHaveText("No dots left");
  await expect(ala.page.getByRole("button", { name: "Add a dot to Coordinating body" })).toBeDisabled();
  for (let i = 0; i < 3; i += 1) await ben.page.getByRole("button", { name: "Add a dot to Financial model" }).click();
  await expect(fac.page.getByTestId("votes-state")).toContainText("2 people have voted");
  await expect(ala.page.getByTestId("tally-financial-model")).toHaveCount(0);
  await fac.page.getByTestId("reveal-votes").click();
  for (const actor of [fac, ala, ben]) {
    await expect(actor.page.getByTestId("tally-financial-model")).toHaveAttribute("data-count", "5");
    await expect(actor.page.getByTestId("tally-membership-model")).toHaveAttribute("data-count", "1");
  }

  await expectNoAxeViolations(ala.page);
  await expectNoAxeViolations(fac.page);

  // After restarting both servers everything is back: the step, the votes, the vision and the ratings.
  await app.restart();
  for (const actor of [fac, ala, ben]) {
    await actor.page.reload();
    await expect(actor.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
    await expect(actor.page.getByTestId("current-step")).toHaveAttribute("data-step", "3");
    await actor.page.getByRole("tab", { name: "Dot voting" }).click();
    await expect(actor.page.getByTestId("tally-financial-model")).toHaveAttribute("data-count", "5");
  }
  await expect(ala.page.getByTestId("my-dots-financial-model")).toHaveAttribute("data-count", "2");
  await fac.page.getByTestId("step-prev").click();
  for (const actor of [fac, ala, ben]) await expect(actor.page.getByTestId("vision-editor")).toContainText(sentence);
  await fac.page.getByTestId("step-prev").click();
  for (const actor of [fac, ala, ben]) {
    await expect(actor.page.getByTestId("current-step")).toHaveAttribute("data-step", "1");
    await actor.page.getByRole("tab", { name: "Baseline rating" }).click();
    await expect(actor.page.getByTestId("median-polygon")).toHaveCount(1);
  }
  await expect(ala.page.getByRole("slider", { name: "Financial model" })).toHaveAttribute("aria-valuenow", "4");
  await expect(ben.page.getByRole("slider", { name: "Membership model" })).toHaveAttribute("aria-valuenow", "2");
});
