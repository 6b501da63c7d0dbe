/**
 * BENCH ONLY — what `npm run bench:web` (bench/web.ts) and its waterfall diagnostic (bench/web-waterfall.ts) share:
 * the production build check, the real app and sync server (e2e's AppServer), Chromium as both launch it, one
 * facilitator account with one workshop, participant grants from the real join API, and the teardown.
 */
import { chromium, type Browser } from "@playwright/test";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppServer } from "../e2e/fixtures/app-server";

export const BENCH_EMAIL = "bench@example.org";
export const BENCH_PASSWORD = "bench-password-1";

/** The running app, the browser and the bench's workshop. */
export interface WebBench {
  readonly app: AppServer;
  readonly browser: Browser;
  readonly workshop: { readonly id: string; readonly joinCode: string };
  /** Joins the workshop as a participant through POST /api/join; resolves with the grant the device would store. */
  join(name: string): Promise<Record<string, unknown>>;
  /** The localStorage entries a device holding `grant` has (lib/session's key for this workshop). */
  storageFor(grant: Record<string, unknown>): Record<string, string>;
}

/**
 * Starts the app from the build in `distDir` on `portBase` (sync server on the next port) and Chromium, creates the
 * bench facilitator and workshop, runs `run`, then stops everything (also when `run` throws).
 */
export async function withWebBench(distDir: string, portBase: number, run: (bench: WebBench) => Promise<void>): Promise<void> {
  const root = path.resolve(import.meta.dirname, "..");
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) throw new Error(`no production build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npx next build\` first`);
  const app = new AppServer(portBase, portBase + 1);
  await app.start();
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    app.cli("user:create", "--email", BENCH_EMAIL, "--password", BENCH_PASSWORD, "--name", "Bench");
    const workshop = z.object({ id: z.string(), joinCode: z.string() }).parse(app.cli("workshop:create", "--owner", BENCH_EMAIL, "--title", "Bench workshop"));
    await run({
      app,
      browser,
      workshop,
      async join(name) {
        const res = await fetch(`${app.baseURL}/api/join`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: workshop.joinCode, name, sector: "public" }) });
        if (res.status !== 201) throw new Error(`join failed: ${res.status}`);
        return z.record(z.string(), z.unknown()).parse(await res.json());
      },
      storageFor: (grant) => ({ [`csei.participant.${workshop.id}`]: JSON.stringify(grant) }),
    });
  } finally {
    await browser.close();
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
  }
}

/** Runs a bench's main function; a failure prints its message and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
