import type { Locale } from "../workshop/content";
import { de, en, pl, type Messages } from "./catalogue";

export type { Messages } from "./catalogue";

/** A locale's catalogue; German falls back to English for keys it lacks. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "pl":
      return pl;
    case "de":
      return mergeOver(en, de);
    default:
      return en;
  }
}

/** `base` with every leaf that `over` has (of the same kind) replaced. */
function mergeOver<T>(base: T, over: unknown): T {
  if (typeof base !== "object" || base === null) return typeof over === typeof base ? (over as T) : base;
  if (typeof over !== "object" || over === null) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) if (k in out) out[k] = mergeOver(out[k], v);
  return out as T;
}
