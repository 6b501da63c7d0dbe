import pino, { type DestinationStream } from "pino";

/** Log levels, quietest last; "silent" turns logging off (tests). */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
/** One of LOG_LEVELS (LOG_LEVEL in the environment). */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Context attached to a log line: room names, workshop and participant ids, connection ids, codes. Never put
 * tokens or document content in it (a `token` key is redacted anyway, as a second line of defence).
 */
export type LogContext = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The sync server's logger: one event per call, a message and its context. */
export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

/**
 * A pino logger writing JSON lines (`{"level":"info","time":…,"svc":"csei-sync","msg":…, …context}`) to stdout, or
 * to `destination` (tests), at or above `level`.
 */
export function createLogger(level: LogLevel = "info", destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { svc: "csei-sync" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: ["token", "*.token", "url", "*.url"], censor: "[redacted]" },
  };
  const log = destination ? pino(options, destination) : pino(options);
  return {
    debug: (m, c) => log.debug(c ?? {}, m),
    info: (m, c) => log.info(c ?? {}, m),
    warn: (m, c) => log.warn(c ?? {}, m),
    error: (m, c) => log.error(c ?? {}, m),
  };
}

/** The message of any thrown value, for log context. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
