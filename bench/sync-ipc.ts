/** BENCH ONLY — the IPC messages between bench/sync.ts and its load-generator children (zod-parsed on receipt). */
import { z } from "zod";

const set = z.string();

/** What the parent tells a client child. */
export const childCommandSchema = z.discriminatedUnion("cmd", [
  z.object({ cmd: z.literal("open"), set, url: z.string(), conns: z.array(z.object({ room: z.string(), token: z.string() })) }),
  /** This process should report round `round` once `count` of its receivers have it. */
  z.object({ cmd: z.literal("expect"), set, round: z.number(), count: z.number() }),
  /** Report round `round` now, with whatever arrived. */
  z.object({ cmd: z.literal("flush"), set, round: z.number() }),
  /** The `index`-th connection of this process in `set` writes the ping of `round`. */
  z.object({ cmd: z.literal("ping"), set, round: z.number(), index: z.number() }),
  z.object({ cmd: z.literal("storm"), set, startAt: z.number(), durationMs: z.number(), hz: z.number() }),
  z.object({ cmd: z.literal("storm-sends"), set }),
  z.object({ cmd: z.literal("storm-eval"), set, sends: z.record(z.string(), z.array(z.number())), deadline: z.number() }),
  z.object({ cmd: z.literal("close"), set }),
]);
export type ChildCommand = z.infer<typeof childCommandSchema>;

/** A storm's figures from one child: delivered/total (sender, seq) states, final states seen, latency histogram. */
export const stormEvalSchema = z.object({
  delivered: z.number(),
  total: z.number(),
  finalSeen: z.number(),
  pairs: z.number(),
  /** [whole milliseconds, count] */
  hist: z.array(z.tuple([z.number(), z.number()])),
});
export type StormEval = z.infer<typeof stormEvalSchema>;

/** What a client child reports. */
export const childEventSchema = z.discriminatedUnion("ev", [
  z.object({ ev: z.literal("ready") }),
  z.object({ ev: z.literal("opened"), set, synced: z.number(), refused: z.number() }),
  z.object({ ev: z.literal("pings"), set, round: z.number(), latencies: z.array(z.number()) }),
  /** `cpuMs`: this process's CPU time (user + system) from the storm command until asked, over `wallMs`. */
  z.object({ ev: z.literal("storm-sends"), set, sends: z.record(z.string(), z.array(z.number())), cpuMs: z.number(), wallMs: z.number() }),
  z.object({ ev: z.literal("storm-eval"), set, result: stormEvalSchema }),
  z.object({ ev: z.literal("closed"), set, finalCodes: z.array(z.number()) }),
]);
export type ChildEvent = z.infer<typeof childEventSchema>;

/** What a server child reports. */
export const serverEventSchema = z.discriminatedUnion("ev", [
  z.object({ ev: z.literal("ready"), port: z.number() }),
  z.object({ ev: z.literal("mem"), gc: z.boolean(), rss: z.number(), heapUsed: z.number(), external: z.number(), arrayBuffers: z.number() }),
  /** The server process's CPU time so far (user + system), ms. */
  z.object({ ev: z.literal("cpu"), cpuMs: z.number() }),
]);
export type ServerEvent = z.infer<typeof serverEventSchema>;
