import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * E2E against the real app: a production build (`next build` runs first in `npm run test:e2e`) and the real sync
 * server, both started by the worker fixture in e2e/fixtures (so a test can restart them). One worker: the
 * machine has two cores and each test drives several browser contexts.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Multi-device scenarios with server restarts: generous on a busy 2-core machine (speed lives in bench/, not here).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
});
