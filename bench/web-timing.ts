import type { Browser, BrowserContext, Page } from "@playwright/test";

/**
 * The phone we emulate: Chrome DevTools' "Slow 4G"-like link — 400 kbit/s down and up, 400 ms round trip — and a
 * CPU four times slower than this machine's (Emulation.setCPUThrottlingRate 4).
 */
export const PHONE_PROFILE = { downloadKbps: 400, uploadKbps: 400, latencyMs: 400, cpuSlowdown: 4 } as const;

/** A fresh context (cold cache) whose pages run under the phone profile. */
export async function phoneContext(browser: Browser, baseURL: string, init?: { localStorage: Record<string, string> }): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, locale: "en-GB" });
  if (init) {
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [k, v] of Object.entries(entries)) window.localStorage.setItem(k, v);
    }, init.localStorage);
  }
  return context;
}

/** Applies the phone profile to one page through CDP. */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: (PHONE_PROFILE.downloadKbps * 1000) / 8,
    uploadThroughput: (PHONE_PROFILE.uploadKbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE_PROFILE.cpuSlowdown });
}

/**
 * Milliseconds since navigation start (performance.now() in the page) when `selector`'s element exists and React
 * has hydrated it (React puts its `__reactProps$…` key on DOM nodes it owns): the moment a tap on it works.
 */
export async function whenInteractive(page: Page, selector: string, timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return el && Object.keys(el).some((k) => k.startsWith("__reactProps")) ? performance.now() : null;
    },
    selector,
    { polling: 50, timeout: timeoutMs },
  );
  return Number(await handle.jsonValue());
}

/** Milliseconds since navigation start when the room is live: the connection status says "connected". */
export async function whenLive(page: Page, timeoutMs = 120_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => (document.querySelector('[data-testid="connection-status"][data-status="connected"]') ? performance.now() : null),
    undefined,
    { polling: 50, timeout: timeoutMs },
  );
  return Number(await handle.jsonValue());
}

/** First contentful paint of the current document (ms since navigation start), or null. */
export async function firstContentfulPaint(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
}
