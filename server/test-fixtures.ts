/**
 * More helpers for the server tests (not a test file itself): seeded workshops in a real AppStore, metrics read
 * over HTTP, fake access checks, and the real `server/index.ts` as a child process.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import type { AppStore } from "../lib/db/types";
import type { AccessCheck, AccessVerdict } from "../lib/sync/access-check";
import { newJoinCode } from "../lib/validation/ids";
import { freshWorkshop, SECRET, waitFor } from "./test-helpers";

/** A workshop with its facilitator and two participants stored in `app` (ids as freshWorkshop gives them). */
export async function seedWorkshop(app: AppStore): Promise<ReturnType<typeof freshWorkshop>> {
  const w = freshWorkshop();
  const now = Date.now();
  await app.createUser({ id: w.facilitator, email: `${w.facilitator}@example.org`, name: "Fran", passwordHash: "unused", createdAt: now });
  const created = await app.createWorkshop({
    id: w.wid,
    ownerId: w.facilitator,
    title: "Seeded",
    region: "Test",
    mode: "create",
    joinCode: newJoinCode(),
    createdAt: now,
    closedAt: null,
    archivedAt: null,
  });
  if (!created) throw new Error("join code collision; run again");
  for (const [id, name] of [[w.p1, "Ala"], [w.p2, "Ben"]] as const) {
    await app.addParticipant({ id, workshopId: w.wid, name, sector: "education", createdAt: now, removedAt: null });
  }
  return w;
}

/** An access check whose verdict per token subject the test sets; unknown subjects are "ok". */
export function fakeAccess(): AccessCheck & { readonly verdicts: Map<string, AccessVerdict>; calls: number } {
  const verdicts = new Map<string, AccessVerdict>();
  const fake = {
    verdicts,
    calls: 0,
    async check(claims: { sub: string }) {
      fake.calls += 1;
      return verdicts.get(claims.sub) ?? "ok";
    },
  };
  return fake;
}

/** The value of one sample in a Prometheus text exposition (0 when absent), e.g. metric("x_total", 'code="removed"'). */
export function metricValue(text: string, name: string, labels = ""): number {
  const prefix = labels ? `${name}{${labels}}` : name;
  const line = text.split("\n").find((l) => l.startsWith(`${prefix} `));
  return line ? Number(line.slice(prefix.length + 1)) : 0;
}

/** GET /metrics of a server at a ws:// URL. */
export async function scrape(wsUrl: string): Promise<string> {
  const res = await fetch(`${wsUrl.replace("ws://", "http://")}/metrics`);
  return res.text();
}

/** A free TCP port on 127.0.0.1 (the child server's env does not accept port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The real sync server process (`tsx server/index.ts`) over a data directory. */
export interface ChildServer {
  readonly url: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  readonly exited: Promise<number | string>;
  readonly output: () => string;
}

/**
 * Spawns server/index.ts on a free port over `dataDir` and waits until /healthz answers 200. `env` adds variables,
 * e.g. DATABASE_URL and DATABASE_SCHEMA to run it on PostgreSQL.
 */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const port = await freePort();
  const root = path.resolve(import.meta.dirname, "..");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "server", "index.ts")], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      SYNC_PORT: String(port),
      SYNC_HOST: "127.0.0.1",
      SYNC_TOKEN_SECRET: SECRET,
      LOG_LEVEL: "warn",
      // The durability tests write as fast as they can (a firehose of 500 updates/s): not what the frame limit is about.
      SYNC_MAX_FRAMES_PER_SECOND: "1000000",
      SYNC_MAX_FRAME_BURST: "1000000",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status !== 200) throw new Error(`healthz ${res.status}`);
    },
    60_000, // generous: a loaded CI machine may take long to start tsx
    100,
  );
  return { url: `ws://127.0.0.1:${port}`, process: child, exited, output: () => output };
}
