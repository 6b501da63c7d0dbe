import type { AccessCheck } from "../lib/sync/access-check";
import { CLOSE } from "../lib/sync/close-codes";
import type { Connection } from "./connection";
import { errorText, type Logger } from "./log";

/**
 * Re-asks the access check about every open connection every `intervalMs`: a revoked token (participant removed,
 * workshop deleted) is closed with 4410 "removed"; a closed workshop lowers writers to readers in place (no
 * reconnect) and a reopened one gives writes back. A failed look-up keeps the last verdict. Rounds never overlap.
 */
export class AccessMonitor {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly access: AccessCheck,
    private readonly connections: ReadonlySet<Connection>,
    private readonly log: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.recheck(), this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round over every open connection (the check caches per workshop, so this is a few queries). */
  async recheck(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let failures = 0;
    let lastError = "";
    try {
      await Promise.all(
        [...this.connections].map(async (conn) => {
          if (conn.isClosed) return;
          try {
            const verdict = await this.access.check(conn.claims);
            if (conn.isClosed) return;
            if (verdict === "revoked") conn.close(CLOSE.removed, "access revoked");
            else conn.applyVerdict(verdict);
          } catch (error) {
            failures += 1;
            lastError = errorText(error);
          }
        }),
      );
    } finally {
      this.running = false;
    }
    if (failures > 0) this.log.warn("access recheck failed; keeping the last verdicts", { failures, error: lastError });
  }
}
