import { z } from "zod";
import type { SyncLimits } from "./limits";

const count = z.coerce.number().int().positive().optional();
const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"));

/** The sync server's own tuning variables; all optional (defaults in server/limits.ts and sync-server.ts). */
const syncEnvSchema = z.object({
  SYNC_TRUST_PROXY: flag,
  SYNC_MAX_FRAME_BYTES: count,
  SYNC_MAX_DOC_BYTES: count,
  SYNC_MAX_CONNECTIONS_PER_ROOM: count,
  SYNC_MAX_CONNECTIONS_PER_IP_PER_MINUTE: count,
  SYNC_MAX_BUFFERED_BYTES: count,
  SYNC_MAX_FRAMES_PER_SECOND: count,
  SYNC_MAX_FRAME_BURST: count,
  SYNC_ACCESS_RECHECK_MS: count,
});

/** Limits and the access recheck period from the environment; throws one readable error for bad values. */
export function parseSyncEnv(source: Record<string, string | undefined> = process.env): Partial<SyncLimits> & { accessRecheckMs?: number } {
  const parsed = syncEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const e = parsed.data;
  return {
    trustProxy: e.SYNC_TRUST_PROXY,
    maxFrameBytes: e.SYNC_MAX_FRAME_BYTES,
    maxDocBytes: e.SYNC_MAX_DOC_BYTES,
    maxConnectionsPerRoom: e.SYNC_MAX_CONNECTIONS_PER_ROOM,
    maxConnectionsPerIpPerMinute: e.SYNC_MAX_CONNECTIONS_PER_IP_PER_MINUTE,
    maxBufferedBytes: e.SYNC_MAX_BUFFERED_BYTES,
    maxFramesPerSecond: e.SYNC_MAX_FRAMES_PER_SECOND,
    maxFrameBurst: e.SYNC_MAX_FRAME_BURST,
    accessRecheckMs: e.SYNC_ACCESS_RECHECK_MS,
  };
}
