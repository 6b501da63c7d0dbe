/**
 * BENCH ONLY — builds the chart benchmark's page (bench/chart-harness.tsx bundled with esbuild, the app's compiled
 * stylesheet inlined) into a temporary folder, and opens it in a phone-sized, CPU-throttled Chromium page.
 * Shared by bench/chart.ts (the figures) and bench/chart-profile.ts (where the time goes).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import { build } from "esbuild";
import postcss from "postcss";
import type { Browser, CDPSession, Page } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
/** The CPU slowdown (a cheap phone), BENCH_THROTTLE to change it. */
export const THROTTLE = Number(process.env.BENCH_THROTTLE ?? 4);
/** Participants whose polygons are drawn. */
export const PARTICIPANTS = 200;

/**
 * The app's real stylesheet (app/globals.css through Tailwind, as `next build` compiles it), so classes, the
 * visually hidden text, min-heights and motion-safe transitions behave as in the room.
 */
async function appCss(): Promise<string> {
  const from = path.join(root, "app", "globals.css");
  const result = await postcss([tailwind({ base: root })]).process(readFileSync(from, "utf8"), { from });
  return result.css;
}

/** Bundles the harness and writes index.html into a new temporary folder; returns the folder. */
export async function buildBenchPage(): Promise<string> {
  const work = mkdtempSync(path.join(tmpdir(), "csei-bench-chart-"));
  await build({
    entryPoints: [path.join(root, "bench", "chart-harness.tsx")],
    bundle: true,
    outfile: path.join(work, "harness.js"),
    format: "iife",
    platform: "browser",
    target: "chrome120",
    jsx: "automatic",
    // Unminified (BENCH_MINIFY=0) only to read function names in a profile.
    minify: process.env.BENCH_MINIFY !== "0",
    define: { "process.env.NODE_ENV": '"production"' },
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
  const css = await appCss();
  writeFileSync(
    path.join(work, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${css}</style></head>` +
      `<body style="margin:0;font-family:system-ui,sans-serif"><div id="root"></div><script src="harness.js"></script></body></html>`,
  );
  return work;
}

/** Opens the page on a mid-range phone's screen (Pixel 7 metrics: the pixels to paint are part of the cost), throttled. */
export async function openBenchPage(browser: Browser, work: string): Promise<{ page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`file://${path.join(work, "index.html")}?participants=${PARTICIPANTS}`);
  await page.waitForFunction(() => typeof window.__bench === "object" && document.querySelector('[data-testid="spider-chart"]') !== null);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  return { page, cdp };
}
