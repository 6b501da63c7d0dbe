import type { IncomingMessage, ServerResponse } from "node:http";
import { errorText, type Logger } from "./log";
import type { SyncMetrics } from "./metrics";

/** What the plain HTTP side of the sync server needs. */
export interface HttpDeps {
  readonly metrics: SyncMetrics;
  /** A trivial query against the store; `/healthz` is 200 only when it answers within `healthTimeoutMs`. */
  readonly checkStorage: () => Promise<unknown>;
  readonly healthTimeoutMs: number;
  /** Scale-out: a PING to Redis; `/healthz` is 200 only when it answers too. */
  readonly checkRedis?: () => Promise<unknown>;
  readonly log: Logger;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** Rejects after `ms` unless `promise` settles first. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `GET /healthz` → 200 `{"ok":true}` when the store (and Redis, when configured) answers, 503 `{"ok":false}` when
 * either fails or times out;
 * `GET /metrics` → Prometheus text; anything else → 404.
 */
export function createHttpHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      const checkRedis = deps.checkRedis;
      const redis = checkRedis ? within(Promise.resolve().then(checkRedis), deps.healthTimeoutMs).then(() => null, (error: unknown) => error) : Promise.resolve(null);
      within(Promise.resolve().then(deps.checkStorage), deps.healthTimeoutMs).then(
        async () => {
          const redisError = await redis;
          if (redisError === null) return json(res, 200, { ok: true });
          deps.log.warn("health check failed", { error: errorText(redisError) });
          json(res, 503, { ok: false, error: "redis-unavailable" });
        },
        (error: unknown) => {
          deps.log.warn("health check failed", { error: errorText(error) });
          json(res, 503, { ok: false, error: "storage-unavailable" });
        },
      );
      return;
    }
    if (req.method === "GET" && path === "/metrics") {
      deps.metrics.render().then(
        (text) => {
          res.writeHead(200, { "content-type": deps.metrics.contentType, "cache-control": "no-store" });
          res.end(text);
        },
        (error: unknown) => json(res, 500, { error: errorText(error) }),
      );
      return;
    }
    json(res, 404, { error: "not-found" });
  };
}
