import { LOCALES, type Locale } from "../workshop/content";

import { LOCALE_COOKIE } from "./cookie";

export { LOCALE_COOKIE };

/** Picks the best supported locale from a cookie value and an Accept-Language header. */
export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  const fromCookie = LOCALES.find((l) => l === cookie);
  if (fromCookie) return fromCookie;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { base: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1 };
    })
    .filter((x) => x.base && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  for (const { base } of ranked) {
    const match = LOCALES.find((l) => l === base);
    if (match) return match;
  }
  return "en";
}
