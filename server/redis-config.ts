import { z } from "zod";

const count = z.coerce.number().int().positive().optional();
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

/** The scale-out variables of the sync process (docs/sync.md "Scale-out"); all optional. */
const redisEnvSchema = z.object({
  REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  REDIS_PREFIX: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,64}$/, "letters, digits and : _ . - only, at most 64")
      .optional(),
  ),
  SYNC_ANTI_ENTROPY_MS: count,
  SYNC_PEER_SYNC_TIMEOUT_MS: count,
  SYNC_RESULTS_LEASE_MS: count,
});

/** How this process joins its peers: absent `redis` means it serves alone. */
export interface ScaleOutOptions {
  readonly redis?: { readonly url: string; readonly prefix: string };
  /** Anti-entropy period (ms); 10 000 by default. */
  readonly antiEntropyMs?: number;
  /** How long a freshly loaded room waits for its peers' state (ms); 1000 by default. */
  readonly peerSyncTimeoutMs?: number;
  /** Lifetime of a workshop's results-writer lease in Redis (ms); renewed every third of it; 10 000 by default. */
  readonly resultsLeaseMs?: number;
}

/** REDIS_URL (redis:// or rediss://), REDIS_PREFIX (default "csei:") and the scale-out timings; throws one readable error. */
export function parseRedisEnv(source: Record<string, string | undefined> = process.env): ScaleOutOptions {
  const parsed = redisEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const e = parsed.data;
  return {
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX ?? "csei:" } : undefined,
    antiEntropyMs: e.SYNC_ANTI_ENTROPY_MS,
    peerSyncTimeoutMs: e.SYNC_PEER_SYNC_TIMEOUT_MS,
    resultsLeaseMs: e.SYNC_RESULTS_LEASE_MS,
  };
}
