/**
 * Helpers for the scale-out tests (not a test file itself): a private redis-server child that can be killed and
 * restarted on the same port, a TCP balancer in front of several sync processes (what a reverse proxy does), and
 * a fresh key prefix for the shared Redis.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { connect, createServer, type Socket } from "node:net";
import { Redis } from "ioredis";
import { freePort } from "./test-fixtures";
import { waitFor } from "./test-helpers";

/** The shared Redis every machine and CI run has. Tests use their own prefix there, never FLUSHALL. */
export const SHARED_REDIS_URL = "redis://127.0.0.1:6379";

/** A prefix no other test run uses. */
export function freshPrefix(): string {
  return `csei-test-${randomBytes(6).toString("hex")}:`;
}

/** Deletes every key under a prefix in the shared Redis (leases; channels leave no keys). */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** A redis-server of the test's own, without persistence. */
export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  /** kill -9, and wait until it has exited. */
  kill(): Promise<void>;
  /** Starts it again on the same port and waits until it answers. */
  start(): Promise<void>;
}

/** Starts /usr/bin/redis-server on a free port (`--save "" --appendonly no`); kill it in a cleanup. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    const proc = spawn("/usr/bin/redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    child = proc;
    exited = new Promise((resolve) => proc.once("exit", () => resolve()));
    await waitFor(
      async () => {
        const probe = new Redis(port, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on("error", () => {});
        try {
          await probe.connect();
          await probe.ping();
        } finally {
          probe.disconnect();
        }
      },
      10_000,
      50,
    );
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    kill: async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

/** A TCP balancer: each new connection goes to the next upstream port that accepts it (round robin). */
export interface Balancer {
  readonly url: string;
  /** The upstream port of every connection so far, in the order they were made. */
  readonly routed: number[];
  close(): Promise<void>;
}

/** Starts a balancer on a free port in front of `ports` (a stand-in for nginx/HAProxy without sticky sessions). */
export async function startBalancer(ports: readonly number[]): Promise<Balancer> {
  const routed: number[] = [];
  const sockets = new Set<Socket>();
  let next = 0;
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.pause();
    const tryUpstream = (attempt: number) => {
      if (attempt >= ports.length) return client.destroy();
      const port = ports[(next + attempt) % ports.length] ?? 0;
      const upstream = connect(port, "127.0.0.1");
      let connected = false;
      upstream.on("error", () => {
        if (connected) client.destroy();
        else tryUpstream(attempt + 1); // refused: that process is down, try the next one
      });
      upstream.once("connect", () => {
        connected = true;
        next = (next + attempt + 1) % ports.length;
        routed.push(port);
        sockets.add(upstream);
        upstream.on("close", () => {
          sockets.delete(upstream);
          client.destroy();
        });
        client.on("close", () => upstream.destroy());
        client.on("error", () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryUpstream(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    routed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * The environment of a sync process in a scale-out test: Redis, a prefix, short anti-entropy and lease periods
 * (a short lease lets a test see the takeover; a test that needs one stable writer under load passes a long one).
 */
export function scaleOutEnv(redisUrl: string, prefix: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    SYNC_ANTI_ENTROPY_MS: "300",
    SYNC_RESULTS_LEASE_MS: "1500",
    SYNC_PEER_SYNC_TIMEOUT_MS: "1000",
    ...overrides,
  };
}
