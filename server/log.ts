/** Log levels, quietest last; "silent" turns logging off (tests). */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
/** One of LOG_LEVELS (LOG_LEVEL in the environment). */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Context attached to a log line. Never put tokens or document content in it. */
export type LogContext = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The sync server's logger: one line per event, message first, context as key=value pairs. */
export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

function format(message: string, context: LogContext | undefined): string {
  if (!context) return message;
  const pairs = Object.entries(context)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "string" && /\s/.test(v) ? JSON.stringify(v) : String(v)}`);
  return pairs.length === 0 ? message : `${message} ${pairs.join(" ")}`;
}

/** A logger writing to stdout (debug, info) and stderr (warn, error) at or above `level`. */
export function createLogger(level: LogLevel = "info"): Logger {
  const min = LOG_LEVELS.indexOf(level);
  const enabled = (l: LogLevel) => LOG_LEVELS.indexOf(l) >= min && level !== "silent";
  const line = (l: LogLevel, message: string, context?: LogContext) => {
    if (!enabled(l)) return;
    const text = `[sync] ${l} ${format(message, context)}`;
    if (l === "warn" || l === "error") console.error(text);
    else console.log(text);
  };
  return {
    debug: (m, c) => line("debug", m, c),
    info: (m, c) => line("info", m, c),
    warn: (m, c) => line("warn", m, c),
    error: (m, c) => line("error", m, c),
  };
}

/** The message of any thrown value, for log context. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
