/** BENCH ONLY — child processes for bench/sync.ts: servers and load generators, spoken to over IPC. */
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { z } from "zod";
import { childEventSchema, serverEventSchema, type ChildCommand, type ChildEvent, type ServerEvent } from "./sync-ipc";

const here = import.meta.dirname;

/** A forked tsx child whose IPC messages are parsed with `schema`; `request` waits for a matching reply. */
export class Proc<E> {
  readonly child: ChildProcess;
  private waiters: { match: (e: E) => boolean; resolve: (e: E) => void }[] = [];
  private output = "";

  constructor(script: string, args: string[], env: Record<string, string>, execArgv: string[], schema: z.ZodType<E>) {
    this.child = fork(path.join(here, script), args, {
      execArgv: [...execArgv, "--import", "tsx"],
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    this.child.stdout?.on("data", (b: Buffer) => (this.output += b.toString()));
    this.child.stderr?.on("data", (b: Buffer) => (this.output += b.toString()));
    this.child.on("message", (raw) => {
      const event = schema.parse(raw);
      const i = this.waiters.findIndex((w) => w.match(event));
      if (i >= 0) this.waiters.splice(i, 1)[0]?.resolve(event);
    });
  }

  /** Waits for the first event that matches (registered before `command` is sent, so none is missed). */
  request<T extends E>(command: unknown, match: (e: E) => e is T, timeoutMs = 180_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${JSON.stringify(command).slice(0, 80)}; output: ${this.output.slice(-2000)}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e as T);
        },
      });
      if (command !== null) this.child.send(command as object);
    });
  }

  send(command: unknown): void {
    this.child.send(command as object);
  }

  /** Kills the child at once (SIGKILL) and waits for it to exit. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGKILL");
    await exited;
  }

  /** Stops the child and waits for it to exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGTERM");
    await exited;
  }
}

/** A sync server child (ours or bare) with --expose-gc; resolves once it listens. */
export async function startServerProc(kind: "ours" | "bare", env: Record<string, string>): Promise<{ proc: Proc<ServerEvent>; url: string }> {
  const proc = new Proc<ServerEvent>("sync-server-child.ts", [kind], env, ["--expose-gc"], serverEventSchema);
  const ready = await proc.request(null, (e): e is Extract<ServerEvent, { ev: "ready" }> => e.ev === "ready", 300_000);
  return { proc, url: `ws://127.0.0.1:${ready.port}` };
}

/** The server's memory after a full GC. */
export function serverMemory(proc: Proc<ServerEvent>): Promise<Extract<ServerEvent, { ev: "mem" }>> {
  return proc.request({ cmd: "mem" }, (e): e is Extract<ServerEvent, { ev: "mem" }> => e.ev === "mem");
}

/** The server's CPU time so far (ms). */
export function serverCpu(proc: Proc<ServerEvent>, timeoutMs?: number): Promise<number> {
  return proc.request({ cmd: "cpu" }, (e): e is Extract<ServerEvent, { ev: "cpu" }> => e.ev === "cpu", timeoutMs).then((e) => e.cpuMs);
}

/** The load-generator children, with connections of a set spread over them round-robin. */
export class ClientPool {
  private constructor(readonly procs: Proc<ChildEvent>[]) {}

  static async start(count: number): Promise<ClientPool> {
    const procs = Array.from({ length: count }, () => new Proc<ChildEvent>("sync-client-child.ts", [], {}, ["--max-old-space-size=2048"], childEventSchema));
    await Promise.all(procs.map((p) => p.request(null, (e): e is Extract<ChildEvent, { ev: "ready" }> => e.ev === "ready", 300_000)));
    return new ClientPool(procs);
  }

  /** The child and local index that holds a set's `i`-th connection. */
  where(i: number): { proc: Proc<ChildEvent>; index: number } {
    const proc = this.procs[i % this.procs.length];
    if (!proc) throw new Error("no children");
    return { proc, index: Math.floor(i / this.procs.length) };
  }

  /** How many of a set's `n` connections child `k` holds. */
  share(k: number, n: number): number {
    return Math.floor(n / this.procs.length) + (k < n % this.procs.length ? 1 : 0);
  }

  /** Opens a set; resolves when every connection is synced or refused for good. */
  async open(set: string, url: string, conns: { room: string; token: string }[]): Promise<{ synced: number; refused: number }> {
    const parts = this.procs.map((proc, k) =>
      proc.request(
        { cmd: "open", set, url, conns: conns.filter((_, i) => i % this.procs.length === k) } satisfies ChildCommand,
        (e): e is Extract<ChildEvent, { ev: "opened" }> => e.ev === "opened" && e.set === set,
      ),
    );
    const done = await Promise.all(parts);
    return { synced: done.reduce((n, d) => n + d.synced, 0), refused: done.reduce((n, d) => n + d.refused, 0) };
  }

  /** Closes a set; returns every final close code its connections got. */
  async close(set: string): Promise<number[]> {
    const parts = await Promise.all(
      this.procs.map((p) => p.request({ cmd: "close", set } satisfies ChildCommand, (e): e is Extract<ChildEvent, { ev: "closed" }> => e.ev === "closed" && e.set === set)),
    );
    return parts.flatMap((p) => p.finalCodes);
  }

  async stop(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.stop()));
  }
}
