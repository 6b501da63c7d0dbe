/**
 * BENCH ONLY — a load generator for bench/sync.ts in its own process: real y-websocket providers (with `ws`) in
 * named sets, driven over IPC. Clocks: every timestamp is `performance.timeOrigin + performance.now()` (epoch ms,
 * sub-ms), the same machine clock in every process, so a time written by one process and read by another compares.
 */
import type { Awareness } from "y-protocols/awareness";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { openProvider } from "../lib/sync/provider";
import { childCommandSchema, type ChildEvent, type StormEval } from "./sync-ipc";

const STOCK_PROVIDER = process.env.BENCH_STOCK_PROVIDER === "1";
const now = () => performance.timeOrigin + performance.now();
const send = (event: ChildEvent) => process.send?.(event);

/** One provider and what it has seen. */
interface Conn {
  readonly provider: WebsocketProvider;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Fan-out receipts: round → latency (ms). */
  readonly pings: Map<number, number>;
  /** Storm: sender client id → [seq, receivedAt, seq, receivedAt, …] each time the newest seen seq grew. */
  readonly seen: Map<number, number[]>;
  /** Storm: this client's send times, index = seq − 1. */
  readonly sent: number[];
  finalCode: number | null;
}

const sets = new Map<string, Conn[]>();
let storming: string | null = null;
/** Rounds a set is waiting for: how many receipts this process expects before it reports. */
const expected = new Map<string, { round: number; count: number }>();

function connsOf(set: string): Conn[] {
  return sets.get(set) ?? [];
}

function reportIfComplete(set: string, round: number, force = false): void {
  const want = expected.get(set);
  if (!want || want.round !== round) return;
  const latencies = connsOf(set).flatMap((c) => (c.pings.has(round) ? [c.pings.get(round) ?? 0] : []));
  if (!force && latencies.length < want.count) return;
  expected.delete(set);
  send({ ev: "pings", set, round, latencies });
}

function open(set: string, url: string, conns: readonly { room: string; token: string }[]): void {
  const list: Conn[] = conns.map(({ room, token }) => {
    const doc = new Y.Doc();
    // Our clients' provider (lib/sync/provider.ts: only its own awareness state goes out); BENCH_STOCK_PROVIDER=1
    // (diagnostic) uses y-websocket's stock one, which also sends back every state it hears.
    const options = { params: { token }, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket };
    const provider = STOCK_PROVIDER ? new WebsocketProvider(url, room, doc, { ...options, disableBc: true }) : openProvider(url, room, doc, options);
    const conn: Conn = { provider, doc, awareness: provider.awareness, pings: new Map(), seen: new Map(), sent: [], finalCode: null };
    provider.on("connection-close", (event: CloseEvent | null) => {
      if (event && event.code >= 4400 && event.code < 4500) conn.finalCode = event.code;
    });
    doc.getMap("bench").observe((event) => {
      if (event.transaction.local) return;
      const ping = doc.getMap("bench").get("ping") as { round: number; t: number } | undefined;
      if (!ping) return;
      conn.pings.set(ping.round, now() - ping.t);
      reportIfComplete(set, ping.round);
    });
    provider.awareness.on("change", (change: { added: number[]; updated: number[] }) => {
      if (storming !== set) return;
      const at = now();
      for (const id of [...change.added, ...change.updated]) {
        if (id === doc.clientID) continue;
        const handle = provider.awareness.getStates().get(id)?.handle as { seq?: unknown } | undefined;
        if (typeof handle?.seq !== "number") continue;
        let events = conn.seen.get(id);
        if (!events) conn.seen.set(id, (events = []));
        if (events.length === 0 || handle.seq > (events[events.length - 2] ?? 0)) events.push(handle.seq, at);
      }
    });
    return conn;
  });
  sets.set(set, list);
  const started = Date.now();
  const check = setInterval(() => {
    const synced = list.filter((c) => c.provider.synced).length;
    const refused = list.filter((c) => c.finalCode !== null).length;
    if (synced + refused === list.length || Date.now() - started > 120_000) {
      clearInterval(check);
      send({ ev: "opened", set, synced, refused });
    }
  }, 50);
}

/** CPU time (user + system, µs) and wall time of this process when it was told to storm. */
let stormCpuStart: { cpu: NodeJS.CpuUsage; at: number } | null = null;

function storm(set: string, startAt: number, durationMs: number, hz: number): void {
  const period = 1000 / hz;
  storming = set;
  stormCpuStart = { cpu: process.cpuUsage(), at: now() };
  for (const conn of connsOf(set)) {
    conn.seen.clear();
    conn.sent.length = 0;
    let next = startAt + Math.random() * period;
    const end = startAt + durationMs;
    const tick = () => {
      if (now() >= end) return;
      const t = now();
      conn.sent.push(t);
      conn.awareness.setLocalStateField("handle", { seq: conn.sent.length, t, x: conn.sent.length % 100 });
      next += period;
      setTimeout(tick, Math.max(0, next - now()));
    };
    setTimeout(tick, Math.max(0, next - now()));
  }
}

/** Delivery and staleness of a storm, as docs/sync.md "Benchmarks" defines them, for this process's receivers. */
function evaluate(set: string, sends: Record<string, number[]>, deadline: number): StormEval {
  const hist = new Map<number, number>();
  let delivered = 0;
  let total = 0;
  let finalSeen = 0;
  let pairs = 0;
  for (const conn of connsOf(set)) {
    for (const [idText, times] of Object.entries(sends)) {
      const id = Number(idText);
      if (id === conn.doc.clientID || times.length === 0) continue;
      pairs += 1;
      total += times.length;
      const events = conn.seen.get(id) ?? [];
      let e = 0;
      for (let seq = 1; seq <= times.length; seq++) {
        while (e < events.length && (events[e] ?? 0) < seq) e += 2;
        const at = events[e + 1];
        if (e >= events.length || at === undefined || at > deadline) break;
        delivered += 1;
        const ms = Math.max(0, Math.floor(at - (times[seq - 1] ?? at)));
        hist.set(ms, (hist.get(ms) ?? 0) + 1);
        if (seq === times.length) finalSeen += 1;
      }
    }
  }
  return { delivered, total, finalSeen, pairs, hist: [...hist.entries()] };
}

process.on("message", (raw) => {
  const command = childCommandSchema.parse(raw);
  switch (command.cmd) {
    case "open":
      return open(command.set, command.url, command.conns);
    case "expect":
      expected.set(command.set, { round: command.round, count: command.count });
      return reportIfComplete(command.set, command.round);
    case "flush":
      return reportIfComplete(command.set, command.round, true);
    case "ping": {
      const conn = connsOf(command.set)[command.index];
      conn?.doc.getMap("bench").set("ping", { round: command.round, t: now() });
      return;
    }
    case "storm":
      return storm(command.set, command.startAt, command.durationMs, command.hz);
    case "storm-sends": {
      storming = null;
      const sends: Record<string, number[]> = {};
      for (const conn of connsOf(command.set)) sends[String(conn.doc.clientID)] = conn.sent;
      const used = process.cpuUsage(stormCpuStart?.cpu);
      const wallMs = now() - (stormCpuStart?.at ?? now());
      return send({ ev: "storm-sends", set: command.set, sends, cpuMs: (used.user + used.system) / 1000, wallMs });
    }
    case "storm-eval":
      return send({ ev: "storm-eval", set: command.set, result: evaluate(command.set, command.sends, command.deadline) });
    case "close": {
      const list = connsOf(command.set);
      const finalCodes = list.flatMap((c) => (c.finalCode === null ? [] : [c.finalCode]));
      for (const conn of list) {
        conn.provider.destroy();
        conn.doc.destroy();
      }
      sets.delete(command.set);
      return send({ ev: "closed", set: command.set, finalCodes });
    }
  }
});
send({ ev: "ready" });
