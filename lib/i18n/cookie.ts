/**
 * The cookie that remembers a person's chosen language. Its own module so client code (the language switcher) can
 * use it without pulling in lib/i18n/locale, which imports the whole content file (~50 KB gzip) for LOCALES.
 */
export const LOCALE_COOKIE = "NEXT_LOCALE";
