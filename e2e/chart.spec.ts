import { readFileSync } from "node:fs";
import type { Download, Page } from "@playwright/test";
import * as decoding from "lib0/decoding";
import { slugify } from "../lib/chart/file-name";
import { content } from "../lib/workshop/content";
import { centreOf, chartPoint, touchDrag } from "./fixtures/chart";
import { openFacilitatorRoom } from "./fixtures/steps";
import { createFacilitatorAccount, createWorkshopByCli, expect, expectNoAxeViolations, joinAs, test } from "./fixtures/test";

// A long scenario with several devices: a slow shared machine needs more than the default 90 s.
test.describe.configure({ timeout: 240_000 });

/** Every WebSocket frame a page receives, as latin1 text: the blind rule is checked on the wire, not only on screen. */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on("websocket", (ws) => ws.on("framereceived", ({ payload }) => frames.push(typeof payload === "string" ? payload : payload.toString("latin1"))));
  return frames;
}

/**
 * The client ids of every awareness entry a page sends, per connection (each document's provider has its own client
 * id). Our clients send only their own state (lib/sync/provider.ts); y-websocket's stock provider would also send
 * back every state it receives.
 */
function recordSentAwarenessIds(page: Page): Map<string, number[]> {
  const byConnection = new Map<string, number[]>();
  page.on("websocket", (ws) => {
    const ids: number[] = [];
    byConnection.set(`${byConnection.size} ${ws.url()}`, ids);
    ws.on("framesent", ({ payload }) => {
      if (typeof payload === "string") return;
      const frame = decoding.createDecoder(new Uint8Array(payload));
      if (decoding.readVarUint(frame) !== 1) return; // not an awareness message
      const update = decoding.createDecoder(decoding.readVarUint8Array(frame));
      const count = decoding.readVarUint(update);
      for (let i = 0; i < count; i++) {
        ids.push(decoding.readVarUint(update));
        decoding.readVarUint(update); // clock
        decoding.readVarString(update); // state
      }
    });
  });
  return byConnection;
}

/** A touch tap at a point, through CDP touch events (what a finger does). */
async function tap(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.touchscreen.tap(Math.round(at.x), Math.round(at.y));
}

/** The downloaded file's bytes. */
async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

const TITLE = "Łódź CSEI – live radar";

test("the spider chart: touch, keyboard, tap-to-set, not assessed, blind rule, reveal, sectors, disagreement, live ghosts, exports", async ({ app, browser, facilitator, phone }) => {
  const account = createFacilitatorAccount(app, "radar@example.org");
  const workshop = createWorkshopByCli(app, account.email, TITLE);
  const fac = await facilitator(account.email, account.password);
  await openFacilitatorRoom(fac, workshop.id);

  // Three people of one sector on phones (enough for the sector to be shown on its own), one academic on a laptop.
  const ala = await phone();
  const ben = await phone();
  const cem = await phone();
  const wires = [ala, ben, cem].map((a) => recordFrames(a.page));
  const alaSentIds = recordSentAwarenessIds(ala.page);
  for (const [actor, name] of [[ala, "Ala"], [ben, "Ben"], [cem, "Cem"]] as const) await joinAs(actor.page, workshop.joinCode, name, "Public sector");
  const dana = { context: await browser.newContext({ baseURL: app.baseURL, viewport: { width: 1280, height: 800 }, locale: "en-GB" }) };
  const danaPage = await dana.context.newPage();
  await joinAs(danaPage, workshop.joinCode, "Dana", "Academic and research institutions");
  const participants = [ala.page, ben.page, cem.page, danaPage];
  const everyone = [fac.page, ...participants];
  for (const page of everyone) await page.getByTestId("tab-baseline").click();

  // Ala drags "Financial model" to 4 with her finger: the page does not scroll, the level is shown while dragging.
  const alaFinance = ala.page.getByRole("slider", { name: "Financial model" });
  await alaFinance.scrollIntoViewIfNeeded();
  const scrollBefore = await ala.page.evaluate(() => window.scrollY);
  await touchDrag(ala.page, await centreOf(ala.page, "handle-financial-model"), await chartPoint(ala.page, "financial-model", 4));
  await expect(alaFinance).toHaveAttribute("aria-valuenow", "4");
  expect(await ala.page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  await expect(ala.page.getByTestId("spider-chart-status")).toContainText("Financial model: 4 – Established / strong");

  // A tap on a ring point sets that level; "not assessed" is a touch control for the picked axis.
  await tap(ala.page, await chartPoint(ala.page, "membership-model", 2));
  await expect(ala.page.getByRole("slider", { name: "Membership model" })).toHaveAttribute("aria-valuenow", "2");
  await tap(ala.page, await centreOf(ala.page, "handle-operating-model"));
  await expect(ala.page.getByTestId("spider-chart-status")).toContainText("operating model: Not rated yet");
  await ala.page.getByTestId("mark-not-assessed").tap();
  const operating = ala.page.getByTestId("handle-operating-model");
  await expect(operating).toHaveAttribute("data-value", "0");
  await expect(operating).toHaveAttribute("aria-valuetext", "Unknown / not assessed");
  await expect(ala.page.getByTestId("mark-not-assessed")).toHaveAttribute("aria-pressed", "true");

  // Dana uses the keyboard; Ben his finger; Cem the table view.
  const danaFinance = danaPage.getByRole("slider", { name: "Financial model" });
  await danaFinance.focus();
  await danaPage.keyboard.press("End");
  await danaPage.keyboard.press("ArrowDown");
  await expect(danaFinance).toHaveAttribute("aria-valuenow", "4");
  await ben.page.getByRole("slider", { name: "Financial model" }).scrollIntoViewIfNeeded();
  await touchDrag(ben.page, await centreOf(ben.page, "handle-financial-model"), await chartPoint(ben.page, "financial-model", 1));
  await expect(ben.page.getByRole("slider", { name: "Financial model" })).toHaveAttribute("aria-valuenow", "1");
  await cem.page.getByTestId("toggle-table").click();
  await cem.page.getByTestId("score-select-financial-model").selectOption("2");
  await cem.page.getByTestId("score-select-membership-model").selectOption("3");

  // The blind rule: counts only; no medians, sectors, ghosts or cue anywhere, on screen or on the wire.
  await expect(fac.page.getByTestId("scoring-state")).toContainText("4 people have rated");
  for (const page of everyone) {
    await expect(page.getByTestId("median-polygon")).toHaveCount(0);
    await expect(page.locator('[data-testid^="sector-polygon-"]')).toHaveCount(0);
    await expect(page.getByTestId("discuss-list")).toHaveCount(0);
  }
  await expect(cem.page.getByTestId("score-row-financial-model")).toContainText("Hidden until reveal");
  await expect(fac.page.getByTestId("chart-summary")).toContainText("hidden until the facilitator reveals it");
  for (const frames of wires) expect(frames.some((f) => f.includes("median") || f.includes("bySector") || f.includes('"drag"'))).toBe(false);

  // Reveal: everyone sees the group; the facilitator sees "discuss this" on Financial model (1, 2, 4, 4).
  await fac.page.getByTestId("reveal-baseline").click();
  for (const page of [fac.page, ala.page, ben.page, danaPage]) await expect(page.getByTestId("median-polygon")).toHaveCount(1);
  await expect(fac.page.getByTestId("discuss-list")).toContainText("Discuss this: Financial model");
  await expect(fac.page.getByTestId("discuss-layer").getByTestId("discuss-axis")).toHaveCount(1);
  await expect(ala.page.getByTestId("discuss-list")).toHaveCount(0);
  await expect(fac.page.getByTestId("chart-summary")).toContainText("Widest disagreement: Financial model");
  await expect(ala.page.getByTestId("chart-summary")).toContainText("Your rating is above the group median for Financial model");
  await expect(cem.page.getByTestId("discuss-financial-model")).toHaveCount(0);
  await fac.page.getByTestId("toggle-table").click();
  await expect(fac.page.getByTestId("discuss-financial-model")).toBeVisible();
  await expect(fac.page.getByTestId("score-row-financial-model")).toContainText("4");
  await fac.page.getByTestId("toggle-table").click();

  // Split by sector: the public sector (3 people) gets its own median; the lone academic is not singled out.
  await fac.page.getByTestId("layer-sectors").click();
  await expect(fac.page.getByTestId("layer-sectors")).toHaveAttribute("aria-pressed", "true");
  await expect(fac.page.getByTestId("sector-polygon-public")).toHaveCount(1);
  await expect(fac.page.getByTestId("sector-polygon-academia")).toHaveCount(0);
  await expect(fac.page.getByTestId("layer-sectors-entries")).toContainText("Public sector");
  // The illustrative cases are a toggle away; the group median can be hidden and shown again.
  await fac.page.getByTestId("layer-cases").click();
  await expect(fac.page.getByTestId("case-polygon-ozrss")).toHaveCount(1);
  await expect(fac.page.getByTestId("layer-cases-entries")).toContainText("OZRSS (illustrative)");
  await fac.page.getByTestId("layer-median").click();
  await expect(fac.page.getByTestId("median-polygon")).toHaveCount(0);
  await fac.page.getByTestId("layer-median").click();
  await expect(fac.page.getByTestId("median-polygon")).toHaveCount(1);

  // Live: Dana drags with the mouse and holds; the others see her ghost move. Nothing is stored until she lets go.
  await ben.page.getByTestId("toggle-table").click();
  const benResponses = ben.page.getByTestId("score-row-service-portfolio").locator("td").last();
  await expect(benResponses).toHaveText("0");
  const start = await centreOf(danaPage, "handle-service-portfolio");
  await danaPage.mouse.move(start.x, start.y);
  await danaPage.mouse.down();
  const to3 = await chartPoint(danaPage, "service-portfolio", 3);
  await danaPage.mouse.move(to3.x, to3.y, { steps: 6 });
  for (const page of [fac.page, ala.page]) {
    await expect(page.getByTestId("drag-ghost")).toHaveCount(1);
    await expect(page.getByTestId("drag-ghost")).toHaveAttribute("data-level", "3");
  }
  const to5 = await chartPoint(danaPage, "service-portfolio", 5);
  await danaPage.mouse.move(to5.x, to5.y, { steps: 6 });
  await expect(fac.page.getByTestId("drag-ghost")).toHaveAttribute("data-level", "5");
  await expect(danaPage.getByTestId("drag-feedback")).toHaveAttribute("data-level", "5");
  await expect(benResponses).toHaveText("0");
  await danaPage.mouse.up();
  await expect(danaPage.getByTestId("handle-service-portfolio")).toHaveAttribute("aria-valuenow", "5");
  for (const page of [fac.page, ala.page]) await expect(page.getByTestId("drag-ghost")).toHaveCount(0);
  await expect(benResponses).toHaveText("1");
  // Ala's phone received Dana's drag states but sent back none of them: on each connection, every awareness entry
  // it sent was that connection's own client's.
  const boardSent = [...alaSentIds].filter(([url]) => url.includes("/board?"));
  expect(boardSent.length).toBeGreaterThan(0);
  expect(boardSent.some(([, ids]) => ids.length > 0)).toBe(true);
  for (const [, ids] of alaSentIds) expect(new Set(ids).size).toBeLessThanOrEqual(1);

  // Downloads: a valid SVG and a valid PNG, named after the workshop.
  const slug = slugify(TITLE);
  const [svgDownload] = await Promise.all([fac.page.waitForEvent("download"), fac.page.getByTestId("download-svg").click()]);
  expect(svgDownload.suggestedFilename()).toBe(`${slug}-baseline.svg`);
  const svgText = (await bytesOf(svgDownload)).toString("utf8");
  const parsed = await fac.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.nodeName,
      paths: doc.getElementsByTagName("path").length,
      sliders: doc.querySelectorAll("[role=slider]").length,
      texts: [...doc.getElementsByTagName("text")].map((t) => t.textContent ?? "").join(" "),
    };
  }, svgText);
  expect(parsed).toMatchObject({ error: 0, root: "svg", sliders: 0 });
  expect(parsed.paths).toBeGreaterThan(10);
  expect(parsed.texts).toContain("Finance");
  expect(parsed.texts).toContain("Public sector");

  const [pngDownload] = await Promise.all([fac.page.waitForEvent("download"), fac.page.getByTestId("download-png").click()]);
  expect(pngDownload.suggestedFilename()).toBe(`${slug}-baseline.png`);
  const png = await bytesOf(pngDownload);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  const viewBox = (await fac.page.getByTestId("spider-chart").getAttribute("viewBox"))?.split(" ").map(Number) ?? [];
  expect(png.readUInt32BE(16)).toBe(Math.round((viewBox[2] ?? 0) * 2));
  expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round((viewBox[3] ?? 0) * 2));

  // The big screen: larger, no handles.
  await fac.page.getByTestId("toggle-projector").click();
  await expect(fac.page.locator("figure[data-size=projector]")).toHaveCount(1);
  await expect(fac.page.getByRole("slider")).toHaveCount(0);
  await fac.page.getByTestId("toggle-projector").click();

  await expectNoAxeViolations(fac.page);
  await expectNoAxeViolations(ala.page);

  // Step 2 rates the target profile on the same chart: its own style, the revealed baseline median for reference.
  await fac.page.getByTestId("step-next").click();
  for (const page of [fac.page, ala.page]) {
    await expect(page.getByTestId("current-step")).toHaveAttribute("data-step", "2");
    await page.getByTestId("tab-target").click();
    await expect(page.getByTestId("scoring-target").getByTestId("reference-polygon")).toHaveCount(1);
    await expect(page.getByTestId("scoring-target").getByTestId("median-polygon")).toHaveCount(0);
  }
  await expect(ala.page.getByTestId("layer-reference")).toContainText("Group median: today (for reference)");
  await fac.page.getByTestId("step-prev").click();
  for (const page of [fac.page, ala.page]) await page.getByTestId("tab-baseline").click();

  // Hiding again takes the group away at once.
  await fac.page.getByTestId("reveal-baseline").click();
  for (const page of [fac.page, ala.page]) await expect(page.getByTestId("median-polygon")).toHaveCount(0);
  await dana.context.close();
});

test("on a small phone, in Polish: the level under the finger is described in the person's language", async ({ app, phone }) => {
  const account = createFacilitatorAccount(app, "polski@example.org");
  const workshop = createWorkshopByCli(app, account.email, "Pomorskie");
  const ola = await phone();
  await ola.page.setViewportSize({ width: 360, height: 640 });
  await joinAs(ola.page, workshop.joinCode, "Ola", "Public sector");
  await ola.context.addCookies([{ name: "NEXT_LOCALE", value: "pl", url: app.baseURL }]);
  await ola.page.reload();
  await expect(ola.page.getByTestId("connection-status")).toHaveAttribute("data-status", "connected");
  await ola.page.getByTestId("tab-baseline").click();

  const finance = content.dimensions.find((d) => d.id === "financial-model");
  const handle = ola.page.getByRole("slider", { name: finance?.label.pl ?? "?" });
  await handle.scrollIntoViewIfNeeded();
  // Every handle is a touch target of at least 44 × 44 px, even on a 360 px screen.
  const hit = await ola.page.getByTestId("handle-financial-model").boundingBox();
  expect(Math.min(hit?.width ?? 0, hit?.height ?? 0)).toBeGreaterThanOrEqual(44);
  await touchDrag(ola.page, await centreOf(ola.page, "handle-financial-model"), await chartPoint(ola.page, "financial-model", 3));
  await expect(handle).toHaveAttribute("aria-valuenow", "3");
  const descriptor = finance?.levelDescriptors[2]?.text.pl ?? "?";
  await expect(ola.page.getByTestId("spider-chart-status")).toContainText(`${finance?.label.pl}: 3 – ${content.scale.levels[2]?.label.pl}: ${descriptor}`);
  // The longest descriptor (Polish, level 5 of the coordinating body) fits the status box on a 360 px phone.
  await ola.page.getByRole("slider", { name: "Organ koordynujący" }).focus();
  await ola.page.keyboard.press("End");
  const status = ola.page.getByTestId("spider-chart-status");
  await expect(status).toContainText("cieszy się zaufaniem w ekosystemie");
  expect(await status.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  await expect(ola.page.getByTestId("mark-not-assessed")).toHaveText(/Nie oceniam/);
  await expectNoAxeViolations(ola.page);
});
