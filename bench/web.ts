/**
 * `npm run bench:web` — how heavy and how fast the web app is on a phone, measured on the production build
 * (NEXT_DIST_DIR, default .next: run `npx next build` first) with the real app and sync server:
 * 1. route JavaScript: for each page, the gzip size of the scripts its HTML names ("initial") and of every script it
 *    loaded until ready ("loaded", which adds chunks fetched after hydration), with a rough attribution;
 * 2. timings in real Chromium under the phone profile of bench/web-timing.ts (400 kbit/s, 400 ms RTT, 4× CPU):
 *    joining by link (first paint, form interactive, tap "Join" → live room), and reopening the room cold and warm.
 * 3. the dashboard's server-side listing for 200 workshops (current step read from each stored control document).
 * Budget: the participant room loads at most 150 KB of JavaScript (gzip). Prints tables; writes
 * bench/results/web-latest.json. BENCH_RUNS (default 3) runs per timing, medians reported.
 */
import type { Browser, Page } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { BENCH_EMAIL, BENCH_PASSWORD, runBench, withWebBench } from "./web-app";
import { measureDashboardListing } from "./web-dashboard";
import { measureRouteScripts, type RouteScripts } from "./web-scripts";
import { firstContentfulPaint, PHONE_PROFILE, phoneContext, SLOW_4G_PROFILE, throttle, whenChartUsable, whenInteractive, whenLive, whenRoomUsable } from "./web-timing";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const portBase = Number(process.env.BENCH_PORT_BASE ?? 3950);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROOM_BUDGET_BYTES = 150 * 1024;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
};

async function signIn(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("#email").fill(BENCH_EMAIL);
  await page.locator("#password").fill(BENCH_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard$/);
  await page.close();
  return context;
}

async function main(): Promise<void> {
  await withWebBench(distDir, portBase, async ({ app, browser, workshop, join, storageFor }) => {
    const grant = async (name: string) => storageFor(await join(name));

    // 1. Route JavaScript (unthrottled: sizes do not depend on speed).
    const routes: RouteScripts[] = [];
    const anon = await browser.newContext({ baseURL: app.baseURL, locale: "en-GB" });
    routes.push(await measureRouteScripts(anon, "/j/[code]", `${app.baseURL}/j/${workshop.joinCode}`, (p) => whenInteractive(p, "form button[type=submit]").then(() => undefined)));
    routes.push(await measureRouteScripts(anon, "/login", `${app.baseURL}/login`, (p) => whenInteractive(p, "form button[type=submit]").then(() => undefined)));
    const participant = await phoneContext(browser, app.baseURL, { localStorage: await grant("Script counter") });
    // The room is "ready" when a participant can act (whenRoomUsable), so `loaded` counts every byte needed for that.
    routes.push(await measureRouteScripts(participant, "/room/[id]", `${app.baseURL}/room/${workshop.id}`, (p) => whenRoomUsable(p).then(() => undefined)));
    const facilitator = await signIn(browser, app.baseURL);
    routes.push(await measureRouteScripts(facilitator, "/dashboard", `${app.baseURL}/dashboard`, (p) => whenInteractive(p, "form button[type=submit]").then(() => undefined)));
    routes.push(await measureRouteScripts(facilitator, "/w/[id]", `${app.baseURL}/w/${workshop.id}`, (p) => whenLive(p).then(() => undefined)));
    routes.push(await measureRouteScripts(facilitator, "/w/[id]/projector", `${app.baseURL}/w/${workshop.id}/projector`, (p) => whenLive(p).then(() => undefined)));
    await Promise.all([anon.close(), participant.close(), facilitator.close()]);

    // 2. Timings under the phone profile, cold cache each run.
    const loadBefore = loadavg();
    const runs: {
      joinFcp: number;
      joinInteractive: number;
      joinToLive: number;
      roomColdLive: number;
      roomColdUsable: number;
      roomTapToChartUsable: number;
      roomWarmLive: number;
      roomWarmUsable: number;
      roomColdUsableSlow4g: number;
    }[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const joining = await phoneContext(browser, app.baseURL);
      const page: Page = await joining.newPage();
      await throttle(page);
      await page.goto(`/j/${workshop.joinCode}`, { waitUntil: "commit" });
      const joinInteractive = await whenInteractive(page, "form button[type=submit]");
      const joinFcp = (await firstContentfulPaint(page)) ?? NaN;
      await page.locator("#name").fill(`Runner ${i}`);
      await page.locator("#sector").selectOption("public");
      const tappedAt = await page.evaluate(() => performance.now());
      await page.locator("form button[type=submit]").click();
      const joinToLive = (await whenLive(page)) - tappedAt;
      await joining.close();

      const returning = await phoneContext(browser, app.baseURL, { localStorage: await grant(`Returning ${i}`) });
      const room = await returning.newPage();
      await throttle(room);
      await room.goto(`/room/${workshop.id}`, { waitUntil: "commit" });
      const roomColdLive = await whenLive(room);
      const roomColdUsable = await whenRoomUsable(room);
      const tabAt = await room.evaluate(() => performance.now());
      await room.getByTestId("tab-baseline").click();
      const roomTapToChartUsable = (await whenChartUsable(room)) - tabAt;
      await room.reload({ waitUntil: "commit" });
      const roomWarmLive = await whenLive(room);
      const roomWarmUsable = await whenRoomUsable(room);
      await returning.close();

      const slow4g = await phoneContext(browser, app.baseURL, { localStorage: await grant(`Slow 4G ${i}`) });
      const slowRoom = await slow4g.newPage();
      await throttle(slowRoom, SLOW_4G_PROFILE);
      await slowRoom.goto(`/room/${workshop.id}`, { waitUntil: "commit" });
      const roomColdUsableSlow4g = await whenRoomUsable(slowRoom);
      await slow4g.close();
      runs.push({ joinFcp, joinInteractive, joinToLive, roomColdLive, roomColdUsable, roomTapToChartUsable, roomWarmLive, roomWarmUsable, roomColdUsableSlow4g });
    }

    const dashboard = await measureDashboardListing();
    const roomRoute = routes.find((r) => r.route === "/room/[id]");
    const roomBytes = roomRoute?.loadedGzipBytes ?? 0;
    const roomInitial = roomRoute?.initialGzipBytes ?? 0;
    const timings = {
      joinFirstPaintMs: median(runs.map((r) => r.joinFcp)),
      joinFormInteractiveMs: median(runs.map((r) => r.joinInteractive)),
      joinTapToLiveRoomMs: median(runs.map((r) => r.joinToLive)),
      roomColdToLiveMs: median(runs.map((r) => r.roomColdLive)),
      roomWarmReloadToLiveMs: median(runs.map((r) => r.roomWarmLive)),
      roomColdToUsableMs: median(runs.map((r) => r.roomColdUsable)),
      roomTapBaselineToChartUsableMs: median(runs.map((r) => r.roomTapToChartUsable)),
      roomWarmReloadToUsableMs: median(runs.map((r) => r.roomWarmUsable)),
      slow4gRoomColdToUsableMs: median(runs.map((r) => r.roomColdUsableSlow4g)),
    };
    const loadAfter = loadavg();
    const result = {
      measuredAt: new Date().toISOString(),
      build: distDir,
      phoneProfile: PHONE_PROFILE,
      slow4gProfile: SLOW_4G_PROFILE,
      runs: RUNS,
      machine: { cpus: cpus().length, loadavgBefore: loadBefore.map((x) => Math.round(x * 100) / 100), loadavgAfter: loadAfter.map((x) => Math.round(x * 100) / 100) },
      definitions: {
        initialKB: "gzip JS named by <script src> in the route's HTML (the first load)",
        loadedKB: "gzip JS fetched until the route is ready; for /room/[id] ready = whenRoomUsable (live + step 1's 'add a note' button hydrated)",
        roomColdToLiveMs: "cold cache, phoneProfile: connection status says connected",
        roomColdToUsableMs: "cold cache, phoneProfile: connected and step 1's main input (add a note) hydrated and enabled — the room's time to interactive",
        roomTapBaselineToChartUsableMs: "after the cold load, tap the baseline tab: all 8 chart handles focusable and hydrated",
        slow4gRoomColdToUsableMs: "as roomColdToUsableMs under slow4gProfile (DevTools Slow 4G + 4x CPU), the profile of the 3 s target",
      },
      budget: {
        route: "/room/[id]",
        limitKB: kb(ROOM_BUDGET_BYTES),
        initialKB: kb(roomInitial),
        initialOverKB: kb(Math.max(0, roomInitial - ROOM_BUDGET_BYTES)),
        loadedKB: kb(roomBytes),
        overKB: kb(Math.max(0, roomBytes - ROOM_BUDGET_BYTES)),
      },
      routes: routes.map((r) => ({
        route: r.route,
        initialGzipKB: kb(r.initialGzipBytes),
        loadedGzipKB: kb(r.loadedGzipBytes),
        htmlGzipKB: kb(r.htmlGzipBytes),
        scripts: r.loaded.map((s) => ({ url: s.url, gzipKB: kb(s.gzipBytes), rawKB: kb(s.rawBytes), initial: r.initial.includes(s), contains: s.contains })),
      })),
      timings,
      dashboardListing: dashboard,
      samples: runs,
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    writeFileSync(path.join(root, "bench", "results", "web-latest.json"), `${JSON.stringify(result, null, 2)}\n`);

    console.log(`\nRoute JavaScript (gzip), build ${distDir}`);
    console.table(Object.fromEntries(routes.map((r) => [r.route, { "initial JS KB": kb(r.initialGzipBytes), "loaded JS KB": kb(r.loadedGzipBytes), "JS files": r.loaded.length, "HTML KB": kb(r.htmlGzipBytes) }])));
    const verdict = (bytes: number) => (bytes <= ROOM_BUDGET_BYTES ? "within budget" : `OVER by ${kb(bytes - ROOM_BUDGET_BYTES)} KB`);
    console.log(
      `Participant room (budget 150 KB): first load ${kb(roomInitial)} KB, ${verdict(roomInitial)}; until usable ${kb(roomBytes)} KB, ${verdict(roomBytes)} (then ${kb(roomRoute?.afterReadyGzipBytes ?? 0)} KB prefetched while idle, not counted)`,
    );
    console.table(Object.fromEntries((roomRoute?.loaded ?? []).slice(0, 8).map((s) => [s.url, { "gzip KB": kb(s.gzipBytes), initial: roomRoute?.initial.includes(s) ?? false, contains: s.contains.join(", ") }])));
    console.log(`\nTimings, median of ${RUNS} (phone: ${PHONE_PROFILE.downloadKbps} kbit/s, ${PHONE_PROFILE.latencyMs} ms RTT, ${PHONE_PROFILE.cpuSlowdown}× CPU)`);
    console.table(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, { ms: v }])));
    console.log(`load average before/after timings: ${loadBefore.map((x) => x.toFixed(2)).join(" ")} / ${loadAfter.map((x) => x.toFixed(2)).join(" ")} (${cpus().length} CPUs)`);
    console.log(`\nDashboard listing, ${dashboard.workshops} workshops × ${dashboard.updatesPerControlDoc} control updates: ${dashboard.medianMs} ms (median, server side)`);
    console.log("wrote bench/results/web-latest.json");
  });
}

runBench(main);
