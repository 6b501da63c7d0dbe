import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "@playwright/test";

/** One JavaScript file a route loads, with its size as sent compressed (gzip, default level) and what it holds. */
export interface ScriptSize {
  readonly url: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Libraries recognised in it by a signature string (a rough attribution: production chunks have no paths). */
  readonly contains: readonly string[];
}

/** The JavaScript a route needs: the <script> tags of its HTML, and everything loaded until it is ready. */
export interface RouteScripts {
  readonly route: string;
  readonly initial: readonly ScriptSize[];
  readonly loaded: readonly ScriptSize[];
  readonly initialGzipBytes: number;
  readonly loadedGzipBytes: number;
  /** Scripts requested after `ready` (idle prefetches), not part of `loaded`. */
  readonly afterReadyGzipBytes: number;
  /** The HTML document itself (with its inline RSC payload: props, messages), gzip. */
  readonly htmlGzipBytes: number;
}

const SIGNATURES: readonly (readonly [string, string])[] = [
  ["react-dom", "Minified React error"],
  ["prosemirror/tiptap", "ProseMirror"],
  ["yjs", "Yjs was already imported"],
  ["y-websocket", "WebsocketProvider"],
  ["zod", "ZodError"],
  ["intl-messageformat", "IntlMessageFormat"],
  ["next-auth/react", "__NEXTAUTH"],
  ["d3-scale", "scaleLinear"],
];

function size(url: string, body: Buffer): ScriptSize {
  const text = body.toString("utf8");
  return {
    url: new URL(url).pathname,
    rawBytes: body.length,
    gzipBytes: gzipSync(body).length,
    contains: SIGNATURES.filter(([, sig]) => text.includes(sig)).map(([name]) => name),
  };
}

const sum = (xs: readonly ScriptSize[]) => xs.reduce((n, s) => n + s.gzipBytes, 0);

/**
 * Loads a route in a fresh page (no throttling) and records every script requested before `ready` resolved (the
 * bytes needed until usable); scripts requested afterwards (idle prefetches of later steps) are listed apart and not
 * counted. Bodies are read once the network has been quiet for a moment. The HTML's own <script src> tags are the
 * "initial" subset.
 */
export async function measureRouteScripts(context: BrowserContext, route: string, url: string, ready: (page: Page) => Promise<void>): Promise<RouteScripts> {
  const page = await context.newPage();
  const bodies = new Map<string, Promise<Buffer | null>>();
  const requestedBeforeReady = new Set<string>();
  let isReady = false;
  page.on("request", (req) => {
    if (!isReady && req.resourceType() === "script") requestedBeforeReady.add(req.url());
  });
  page.on("response", (res) => {
    if (res.request().resourceType() === "script") bodies.set(res.url(), res.body().catch(() => null));
  });
  const response = await page.goto(url);
  const html = (await response?.text()) ?? "";
  await ready(page);
  isReady = true;
  await page.waitForLoadState("networkidle");
  const loaded: ScriptSize[] = [];
  const afterReady: ScriptSize[] = [];
  for (const [u, body] of bodies) {
    const b = await body;
    if (b) (requestedBeforeReady.has(u) ? loaded : afterReady).push(size(u, b));
  }
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1] ?? "", url).pathname);
  const initial = loaded.filter((s) => tags.includes(s.url));
  await page.close();
  loaded.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    route,
    initial,
    loaded,
    initialGzipBytes: sum(initial),
    loadedGzipBytes: sum(loaded),
    afterReadyGzipBytes: sum(afterReady),
    htmlGzipBytes: gzipSync(Buffer.from(html, "utf8")).length,
  };
}
