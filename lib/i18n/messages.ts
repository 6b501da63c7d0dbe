import type { Locale } from "../workshop/content";
import en from "../../messages/en.json" with { type: "json" };

/** The message catalogue's shape is English's; other languages must have every key (tested). */
export type Messages = typeof en;

/** Loads a locale's catalogue; German falls back to English for keys it lacks. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case "pl":
      return (await import("../../messages/pl.json", { with: { type: "json" } })).default;
    case "de":
      return deepMerge(en, (await import("../../messages/de.json", { with: { type: "json" } })).default);
    default:
      return en;
  }
}

function deepMerge<T>(base: T, over: unknown): T {
  if (typeof base !== "object" || base === null || typeof over !== "object" || over === null) {
    return (typeof over === typeof base ? over : base) as T;
  }
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = k in out ? deepMerge(out[k], v) : out[k];
  return out as T;
}
