/**
 * `npx tsx bench/web-waterfall.ts` — diagnostic only (not part of `npm run bench:web`): the participant room's cold
 * load under DevTools' Slow 4G preset (bench/web-timing.ts SLOW_4G_PROFILE), as a request waterfall. Every request's
 * start and end relative to the document request (ms), WebSocket upgrades (created → handshake answered → first
 * frame), and page milestones (loading status, room shell, step placeholder, live, usable). Needs a production build
 * (NEXT_DIST_DIR, default .next). BENCH_RUNS (default 1) cold loads; WATERFALL_STALE_TOKEN=1 stores a token two
 * hours old (the room renews it before connecting). Prints each and writes bench/results/web-waterfall.json.
 */
import type { CDPSession } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runBench, withWebBench } from "./web-app";
import { phoneContext, SLOW_4G_PROFILE, throttle, whenRoomUsable } from "./web-timing";

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const portBase = Number(process.env.BENCH_PORT_BASE ?? 3960);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const STALE = process.env.WATERFALL_STALE_TOKEN === "1";

interface Row {
  id: string;
  kind: string;
  url: string;
  start: number;
  /** Response headers in (first byte), ms. */
  headers?: number;
  end?: number;
  encodedKB?: number;
  initiator?: string;
  status?: number;
  encoding?: string;
  cache?: string;
}

/** Records one page's requests through CDP, with times in ms since the document request. */
function record(cdp: CDPSession) {
  const rows = new Map<string, Row>();
  let t0: number | null = null;
  const ms = (ts: number) => Math.round((ts - (t0 ?? ts)) * 1000);
  cdp.on("Network.requestWillBeSent", (e) => {
    if (t0 === null && e.type === "Document") t0 = e.timestamp;
    const init = e.initiator.url ?? e.initiator.stack?.callFrames[0]?.url ?? e.initiator.type;
    rows.set(e.requestId, { id: e.requestId, kind: e.type ?? "?", url: new URL(e.request.url).pathname, start: ms(e.timestamp), initiator: init ? String(init).replace(/^https?:\/\/[^/]+/, "") : undefined });
  });
  cdp.on("Network.responseReceived", (e) => {
    const row = rows.get(e.requestId);
    if (!row) return;
    row.headers = ms(e.timestamp);
    row.status = e.response.status;
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    row.encoding = h["content-encoding"];
    row.cache = h["cache-control"];
  });
  cdp.on("Network.loadingFinished", (e) => {
    const row = rows.get(e.requestId);
    if (!row) return;
    row.end = ms(e.timestamp);
    row.encodedKB = Math.round((e.encodedDataLength / 1024) * 10) / 10;
  });
  cdp.on("Network.webSocketCreated", (e) => {
    rows.set(e.requestId, { id: e.requestId, kind: "WebSocket", url: e.url.replace(/[?&]token=[^&]+/, "?token=…").replace(/^wss?:\/\/[^/]+/, ""), start: -1 });
  });
  cdp.on("Network.webSocketWillSendHandshakeRequest", (e) => {
    const row = rows.get(e.requestId);
    if (row) row.start = ms(e.timestamp);
  });
  cdp.on("Network.webSocketHandshakeResponseReceived", (e) => {
    const row = rows.get(e.requestId);
    if (row) {
      row.headers = ms(e.timestamp);
      row.status = e.response.status;
    }
  });
  cdp.on("Network.webSocketFrameReceived", (e) => {
    const row = rows.get(e.requestId);
    if (row && row.end === undefined) row.end = ms(e.timestamp); // first frame from the server (sync step 1/2)
  });
  return () => [...rows.values()].sort((a, b) => a.start - b.start);
}

/** Page milestones (performance.now(), i.e. since navigation start) observed by a MutationObserver. */
const MILESTONES = `(() => {
  const seen = {};
  const checks = {
    loadingStatus: () => document.querySelector('[data-testid="room-loading"]'),
    roomShell: () => document.querySelector('[data-testid="workshop-room"]'),
    stepLoading: () => document.querySelector('[data-testid="step-loading"]'),
    live: () => document.querySelector('[data-testid="connection-status"][data-status="connected"]'),
    noteAdd: () => document.querySelector('[data-testid="note-add"]'),
    partsReady: () => document.querySelector('[data-room-parts="ready"]'),
  };
  const tick = () => { for (const [k, f] of Object.entries(checks)) if (!(k in seen) && f()) seen[k] = Math.round(performance.now()); };
  window.__milestones = seen;
  new MutationObserver(tick).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener("DOMContentLoaded", () => { seen.domContentLoaded = Math.round(performance.now()); tick(); });
})();`;

async function main(): Promise<void> {
  const out: unknown[] = [];
  await withWebBench(distDir, portBase, async ({ app, browser, workshop, join, storageFor }) => {
    for (let i = 0; i < RUNS; i += 1) {
      const stored = await join(`Waterfall ${i}`);
      // WATERFALL_STALE_TOKEN=1: the grant's token is two hours old, so the room renews it before connecting.
      if (STALE) stored.tokenIssuedAt = Number(stored.tokenIssuedAt) - 7200;
      const context = await phoneContext(browser, app.baseURL, { localStorage: storageFor(stored) });
      await context.addInitScript(MILESTONES);
      const page = await context.newPage();
      const consoleLines: string[] = [];
      page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => consoleLines.push(`pageerror: ${e.message}`));
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      const rows = record(cdp);
      await throttle(page, SLOW_4G_PROFILE);
      await page.goto(`/room/${workshop.id}`, { waitUntil: "commit" });
      const usable = await whenRoomUsable(page, 60_000).catch(async (error: unknown) => {
        console.log(consoleLines.join("\n"), await page.evaluate(() => (window as unknown as { __milestones: unknown }).__milestones), await page.locator("main").innerHTML());
        throw error;
      });
      await page.waitForTimeout(1500);
      const milestones = { ...(await page.evaluate(() => (window as unknown as { __milestones: Record<string, number> }).__milestones)), usable: Math.round(usable) };
      const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
      const list = rows();
      console.log(`\nRun ${i + 1}: usable at ${Math.round(usable)} ms (Slow 4G: ${SLOW_4G_PROFILE.downloadKbps} kbit/s, ${SLOW_4G_PROFILE.latencyMs} ms RTT, ${SLOW_4G_PROFILE.cpuSlowdown}x CPU)`);
      console.table(
        list.map((r) => ({
          kind: r.kind,
          url: r.url.length > 60 ? `${r.url.slice(0, 57)}…` : r.url,
          start: r.start,
          headers: r.headers,
          end: r.end,
          KB: r.encodedKB,
          status: r.status,
          enc: r.encoding,
          cache: r.cache?.slice(0, 30),
          initiator: r.initiator?.slice(-40),
        })),
      );
      console.log("milestones (ms since navigation):", { ...milestones, firstContentfulPaint: fcp === null ? null : Math.round(fcp) });
      out.push({ run: i + 1, usableMs: Math.round(usable), milestones, firstContentfulPaint: fcp, requests: list });
      await context.close();
    }
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    writeFileSync(path.join(root, "bench", "results", "web-waterfall.json"), `${JSON.stringify({ measuredAt: new Date().toISOString(), build: distDir, profile: SLOW_4G_PROFILE, staleToken: STALE, runs: out }, null, 2)}\n`);
  });
}

runBench(main);
