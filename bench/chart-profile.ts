/**
 * `npx tsx bench/chart-profile.ts [drag|remoteResults|remoteGhost|floorPaint] [optimised|naive]` — where one sample's
 * main-thread time goes: a Chrome trace (devtools.timeline) of the bench page under the same CPU throttling, with the
 * thread-clock time of each top-level renderer task kind summed inside the samples' marked windows, per sample.
 * A diagnostic companion to bench/chart.ts (docs/decisions/011-chart-hot-path.md); prints a table, writes nothing.
 */
import { rmSync } from "node:fs";
import { chromium } from "@playwright/test";
import { buildBenchPage, openBenchPage } from "./chart-page";

type Ev = { name: string; ph: string; ts: number; dur?: number; tts?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown>; cat?: string };

const kind = process.argv[2] ?? "drag";
const probe = process.env.PROBE ?? "";
const variant = (process.argv[3] ?? "optimised") as "optimised" | "naive";
const N = Number(process.env.PROFILE_SAMPLES ?? 30);

async function main(): Promise<void> {
  const work = await buildBenchPage();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const { page } = await openBenchPage(browser, work);
    await page.evaluate((v) => window.__bench.use(v), variant);
    const run = (n: number) =>
      page.evaluate(
        ([k, count, what]) => (k === "probe" ? window.__bench.probe(count, what) : window.__bench[k as "drag" | "remoteResults" | "remoteGhost" | "floorPaint"](count)),
        [kind, n, probe] as const,
      );
    await run(10);
    if (process.env.PROFILE_JS) {
      // Sampled JavaScript self time by function (build with BENCH_MINIFY=0 for names).
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
      await run(N);
      const { profile } = (await cdp.send("Profiler.stop")) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
      const self = new Map<string, number>();
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      profile.samples.forEach((id, i) => {
        const f = byId.get(id)?.callFrame;
        const key = `${f?.functionName || "(anon)"}:${f?.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      for (const [k, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${k.padEnd(50)} ${(ms / N).toFixed(3)} ms/sample`);
      return;
    }
    await page.evaluate(() => window.__bench.marks(true));
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "blink", "cc", "v8.execute", "toplevel"],
    });
    const samples = await run(N);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Ev[] };
    const events = trace.traceEvents;
    const mainTid = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name.startsWith("cpu:")));
    if (!mainTid) throw new Error("no renderer main thread");
    const mine = events.filter((e) => e.pid === mainTid.pid && e.tid === mainTid.tid);
    const marks = new Map<string, number>();
    for (const e of mine) {
      const m = /^cpu:([abcd]):(\d+)$/.exec(e.name);
      if (m) marks.set(`${m[1]}${m[2]}`, e.ts);
    }
    const windows: [number, number][] = [];
    for (const key of marks.keys()) {
      if (!key.startsWith("a")) continue;
      const n = key.slice(1);
      const [a, b, c, d] = ["a", "b", "c", "d"].map((k) => marks.get(`${k}${n}`));
      if (a === undefined || b === undefined || c === undefined || d === undefined) continue;
      windows.push([a, b], [c, d]);
    }
    const inside = (e: Ev) => windows.some(([s, t]) => e.ts >= s && e.ts < t);
    const totals = new Map<string, { wall: number; cpu: number; count: number }>();
    for (const e of mine) {
      if (e.ph !== "X" || e.dur === undefined || !inside(e)) continue;
      const key = e.name;
      const t = totals.get(key) ?? { wall: 0, cpu: 0, count: 0 };
      t.wall += e.dur / 1000;
      t.cpu += (e.tdur ?? 0) / 1000;
      t.count += 1;
      totals.set(key, t);
    }
    const count = windows.length / 2;
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
    console.log(`${kind}${probe ? ` (${probe})` : ""} / ${variant}: ${count} samples; in-page median ms total ${med(samples.map((s) => s.total)).toFixed(2)}, script ${med(samples.map((s) => s.script)).toFixed(2)}, frame ${med(samples.map((s) => s.frame)).toFixed(2)}`);
    console.log("per-sample ms (wall, thread cpu) by trace event; events nest, so rows overlap");
    const rows = [...totals.entries()].sort((x, y) => y[1].wall - x[1].wall).slice(0, 40);
    for (const [name, t] of rows) console.log(`${name.padEnd(44)} ${(t.wall / count).toFixed(2).padStart(8)} ${(t.cpu / count).toFixed(2).padStart(8)}  ×${(t.count / count).toFixed(1)}`);
    if (process.env.PROFILE_DUMP) {
      const { writeFileSync } = await import("node:fs");
      writeFileSync(process.env.PROFILE_DUMP, JSON.stringify(trace));
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
