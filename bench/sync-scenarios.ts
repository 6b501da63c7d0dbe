/** BENCH ONLY — the measurements of bench/sync.ts; docs/sync.md "Benchmarks" defines each figure. */
import { cpus, loadavg } from "node:os";
import * as Y from "yjs";
import { openSqlite } from "../lib/db/sqlite";
import type { ChildCommand, ChildEvent } from "./sync-ipc";
import type { SqliteSynchronous } from "../lib/db/sqlite-mode";
import { serverCpu, serverMemory, type ClientPool, type Proc } from "./sync-procs";
import { histogramPercentile, latencySummary, mergeHistogram, round3 } from "./sync-stats";
import type { ServerEvent } from "./sync-ipc";

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The machine's load average now (1, 5, 15 min). */
export const load = () => loadavg().map(round3);

type Pings = Extract<ChildEvent, { ev: "pings" }>;

/**
 * One fan-out round: connection `round % n` of the set writes a ping carrying its send time; every other
 * connection reports when it saw it. Returns the latencies (ms) and how many receivers never reported.
 */
export async function pingRound(pool: ClientPool, set: string, n: number, round: number): Promise<{ latencies: number[]; missing: number }> {
  const sender = pool.where(round % n);
  const waits = pool.procs.map((proc, k) => {
    const count = pool.share(k, n) - (proc === sender.proc ? 1 : 0);
    const match = (e: ChildEvent): e is Pings => e.ev === "pings" && e.set === set && e.round === round;
    const reply = proc.request({ cmd: "expect", set, round, count } satisfies ChildCommand, match, 60_000);
    const flush = setTimeout(() => proc.send({ cmd: "flush", set, round } satisfies ChildCommand), 10_000);
    return reply.finally(() => clearTimeout(flush));
  });
  sender.proc.send({ cmd: "ping", set, round, index: sender.index } satisfies ChildCommand);
  const latencies = (await Promise.all(waits)).flatMap((r) => r.latencies);
  return { latencies, missing: n - 1 - latencies.length };
}

/**
 * Fan-out with the two servers interleaved round by round (ours, then bare), so load from other processes on
 * the machine hits both alike. `sets` maps a variant to its open set of `n` connections.
 */
export async function fanOut(pool: ClientPool, sets: { ours: string; bare: string }, n: number, rounds: number, warmup: number) {
  const out = { ours: [] as number[], bare: [] as number[] };
  const missing = { ours: 0, bare: 0 };
  for (let round = 0; round < warmup + rounds; round++) {
    for (const variant of ["ours", "bare"] as const) {
      const r = await pingRound(pool, sets[variant], n, round);
      if (round >= warmup) {
        out[variant].push(...r.latencies);
        missing[variant] += r.missing;
      }
      await sleep(30);
    }
  }
  const ours = { ...latencySummary(out.ours), missing: missing.ours };
  const bare = { ...latencySummary(out.bare), missing: missing.bare };
  return {
    n,
    rounds,
    ours,
    bare,
    ratioP50: round3(ours.p50Ms / bare.p50Ms),
    ratioP95: round3(ours.p95Ms / bare.p95Ms),
    ratioP99: round3(ours.p99Ms / bare.p99Ms),
    loadAverage: load(),
  };
}

/** A Prometheus histogram's cumulative bucket counts (le → count) from /metrics text. */
function histogramBuckets(text: string, name: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const line of text.split("\n")) {
    const m = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)`).exec(line);
    if (m?.[1] && m[2]) out.set(m[1] === "+Inf" ? Infinity : Number(m[1]), Number(m[2]));
  }
  return out;
}

/** The bucket bound (ms) under which `p` % of the observations between two scrapes fall. */
function bucketPercentile(before: Map<number, number>, after: Map<number, number>, p: number): number | null {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  if (total <= 0) return null;
  for (const le of bounds) if ((after.get(le) ?? 0) - (before.get(le) ?? 0) >= (p / 100) * total) return le === Infinity ? null : le * 1000;
  return null;
}

const scrapeMetrics = async (wsUrl: string) => (await fetch(`${wsUrl.replace("ws://", "http://")}/metrics`)).text();

/**
 * The awareness storm on an open set: every connection sets `handle = {seq, t}` at `hz` for `durationMs`. A
 * (sender, seq) state counts as delivered to a receiver when, by the end of the sending plus `graceMs`, that
 * receiver has seen that state or a newer one of the same sender; its latency is the time from the send to the
 * first such sighting (staleness of the receiver's view). Same definition for both servers.
 */
export async function awarenessStorm(pool: ClientPool, set: string, durationMs: number, hz: number, graceMs: number, server?: Proc<ServerEvent>, oursUrl?: string) {
  const startAt = now() + 1000;
  const relayBefore = oursUrl ? histogramBuckets(await scrapeMetrics(oursUrl), "csei_sync_awareness_relay_seconds") : null;
  const serverCpuBefore = server ? await serverCpu(server) : null;
  const startedWall = now();
  for (const proc of pool.procs) proc.send({ cmd: "storm", set, startAt, durationMs, hz } satisfies ChildCommand);
  const deadline = startAt + durationMs + graceMs;
  await sleep(deadline - now() + 500);
  const loadAverage = load();
  // A server still busy with its backlog 20 s after the storm (the bare one can be: it relays every message to
  // everyone) is killed, so the generators stop receiving and can report what arrived by the deadline.
  const serverCpuAfter = server ? await serverCpu(server, 20_000).catch(() => null) : null;
  const serverKilled = server !== undefined && serverCpuAfter === null;
  if (serverKilled) await server.kill();
  const serverCpuMs = serverCpuBefore !== null && serverCpuAfter !== null ? serverCpuAfter - serverCpuBefore : null;
  const relayAfter = oursUrl && !serverKilled ? histogramBuckets(await scrapeMetrics(oursUrl), "csei_sync_awareness_relay_seconds") : null;
  const wallMs = now() - startedWall;
  const sendParts = await Promise.all(
    pool.procs.map((p) =>
      p.request({ cmd: "storm-sends", set } satisfies ChildCommand, (e): e is Extract<ChildEvent, { ev: "storm-sends" }> => e.ev === "storm-sends" && e.set === set),
    ),
  );
  const sends = Object.assign({}, ...sendParts.map((p) => p.sends)) as Record<string, number[]>;
  const evals = await Promise.all(
    pool.procs.map((p) =>
      p.request(
        { cmd: "storm-eval", set, sends, deadline } satisfies ChildCommand,
        (e): e is Extract<ChildEvent, { ev: "storm-eval" }> => e.ev === "storm-eval" && e.set === set,
      ),
    ),
  );
  const hist = new Map<number, number>();
  let delivered = 0;
  let total = 0;
  let finalSeen = 0;
  let pairs = 0;
  for (const { result } of evals) {
    mergeHistogram(hist, result.hist);
    delivered += result.delivered;
    total += result.total;
    finalSeen += result.finalSeen;
    pairs += result.pairs;
  }
  const sent = Object.values(sends).reduce((n, s) => n + s.length, 0);
  // Cores busy on average in the load generators: each process's CPU time over its own wall time, summed.
  const clientCores = sendParts.reduce((n, p) => n + p.cpuMs / Math.max(1, p.wallMs), 0);
  return {
    clients: Object.keys(sends).length,
    statesSent: sent,
    statesPlanned: Object.keys(sends).length * Math.round((durationMs * hz) / 1000),
    // Ours only: from applying a change to sending its batch, inside the server (csei_sync_awareness_relay_seconds),
    // as the histogram bucket bound (ms) that p50 / p95 of the storm's changes fall under.
    serverRelay:
      relayBefore && relayAfter ? { p50AtMostMs: bucketPercentile(relayBefore, relayAfter, 50), p95AtMostMs: bucketPercentile(relayBefore, relayAfter, 95) } : null,
    // Where the machine's CPU went during the storm (from the storm command until the sends are collected, so
    // including the 1 s lead-in and the grace period): cores busy on average.
    cpu: {
      cores: cpus().length,
      clientProcsCores: round3(clientCores),
      serverCores: serverCpuMs === null ? null : round3(serverCpuMs / wallMs),
    },
    /** The server did not answer 20 s after the storm's deadline and was killed (no later phase may use it). */
    serverKilled,
    deliveredPct: round3((100 * delivered) / total),
    finalStateSeenPct: round3((100 * finalSeen) / pairs),
    p50Ms: histogramPercentile(hist, 50),
    p95Ms: histogramPercentile(hist, 95),
    p99Ms: histogramPercentile(hist, 99),
    loadAverage,
  };
}

/**
 * Idle memory per connection: the server's heap and RSS after a full GC, before and after idle, synced providers
 * (then a settle period), divided by the number of connections. Rooms are filled one after another (a room's
 * providers at once), as people arrive at workshops, rather than thousands of sockets in the same instant.
 * `warmUp` (rooms not among `rooms`) are connected, room after room, and closed before the first reading, the
 * same for both servers: what a server allocates once, on its first connections (code the JIT compiles as functions
 * get hot, lazily built schemas, pools), is then in the baseline and not spread over the connections as if each one
 * cost it. Heap snapshots showed that after a one-room warm-up the JIT was still compiling during the measurement.
 */
export async function idleMemory(pool: ClientPool, server: Proc<ServerEvent>, prefix: string, url: string, rooms: { room: string; token: string }[][], settleMs: number, warmUp: { room: string; token: string }[][] = []) {
  for (const [i, conns] of warmUp.entries()) await pool.open(`${prefix}-warm-${i}`, url, conns);
  if (warmUp.length > 0) await sleep(settleMs);
  for (const [i] of warmUp.entries()) await pool.close(`${prefix}-warm-${i}`);
  const before = await serverMemory(server);
  let synced = 0;
  let refused = 0;
  const half = Math.floor(rooms.length / 2);
  let middle: Awaited<ReturnType<typeof serverMemory>> | null = null;
  for (const [i, conns] of rooms.entries()) {
    if (i === half) {
      await sleep(settleMs);
      middle = await serverMemory(server);
    }
    const opened = await pool.open(`${prefix}-${i}`, url, conns);
    synced += opened.synced;
    refused += opened.refused;
  }
  await sleep(settleMs);
  const after = await serverMemory(server);
  const loadAverage = load();
  const finalCodes = (await Promise.all(rooms.map((_, i) => pool.close(`${prefix}-${i}`)))).flat();
  const connections = rooms.reduce((n, r) => n + r.length, 0);
  const per = (a: number, b: number) => round3((a - b) / 1024 / connections);
  // The marginal cost: what the second half of the connections added, per connection. Costs paid once while the first
  // connections arrive (code compiled, lazily built state) cancel out of it.
  const secondHalf = rooms.slice(half).reduce((n, r) => n + r.length, 0);
  const marginal = (a: number, b: number) => round3((a - b) / 1024 / secondHalf);
  const mid = middle ?? before;
  return {
    connections,
    synced,
    refused,
    finalCodes,
    gc: after.gc,
    heapKiBPerConn: per(after.heapUsed, before.heapUsed),
    heapPlusExternalKiBPerConn: per(after.heapUsed + after.external, before.heapUsed + before.external),
    rssKiBPerConn: per(after.rss, before.rss),
    marginal: {
      connections: secondHalf,
      heapKiBPerConn: marginal(after.heapUsed, mid.heapUsed),
      heapPlusExternalKiBPerConn: marginal(after.heapUsed + after.external, mid.heapUsed + mid.external),
      rssKiBPerConn: marginal(after.rss, mid.rss),
    },
    before: { rssMiB: round3(before.rss / 2 ** 20), heapMiB: round3(before.heapUsed / 2 ** 20) },
    middle: { rssMiB: round3(mid.rss / 2 ** 20), heapMiB: round3(mid.heapUsed / 2 ** 20) },
    after: { rssMiB: round3(after.rss / 2 ** 20), heapMiB: round3(after.heapUsed / 2 ** 20) },
    loadAverage,
  };
}

/**
 * Durable appends with DocStore.appendUpdate on SQLite in WAL mode with synchronous=FULL, in a fresh file, of
 * score-sized Yjs updates: `sequential` awaits each append before the next (one room's ceiling); `concurrent`
 * keeps `rooms` documents appending at once, each awaiting its own (the server's total, with group commit).
 */
export async function appendThroughput(file: string, count: number, rooms: number, synchronous: SqliteSynchronous) {
  const stores = openSqlite(file, { synchronous });
  try {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < count + 200; i++) doc.getMap("scores-baseline").set(`dim-${i % 8}`, i % 6);
    const name = (r: number) => `w/benchbenchbench/private/bench${String(r).padStart(11, "0")}`;
    for (const u of updates.slice(0, 200)) await stores.docs.appendUpdate(name(0), u);
    const work = updates.slice(200);
    const each: number[] = [];
    let started = performance.now();
    for (const u of work) {
      const t = performance.now();
      await stores.docs.appendUpdate(name(0), u);
      each.push(performance.now() - t);
    }
    const sequentialSeconds = (performance.now() - started) / 1000;
    const concurrentEach: number[] = [];
    started = performance.now();
    await Promise.all(
      Array.from({ length: rooms }, async (_, r) => {
        for (let i = r; i < work.length; i += rooms) {
          const t = performance.now();
          await stores.docs.appendUpdate(name(r + 1), work[i] ?? new Uint8Array());
          concurrentEach.push(performance.now() - t);
        }
      }),
    );
    const concurrentSeconds = (performance.now() - started) / 1000;
    return {
      synchronous,
      updates: count,
      updateBytes: work[0]?.byteLength ?? 0,
      sequential: { perSecond: Math.round(count / sequentialSeconds), ...latencySummary(each) },
      concurrent: { rooms, perSecond: Math.round(count / concurrentSeconds), ...latencySummary(concurrentEach) },
      loadAverage: load(),
    };
  } finally {
    stores.close();
  }
}
