import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale";

describe("negotiateLocale", () => {
  it("prefers the cookie, then Accept-Language by weight, then English", () => {
    expect(negotiateLocale("pl", "de-DE,de;q=0.9")).toBe("pl");
    expect(negotiateLocale(undefined, "fr-FR,pl;q=0.8,de;q=0.9")).toBe("de");
    expect(negotiateLocale("xx", "pl-PL")).toBe("pl");
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale(undefined, "fr, es;q=0.5")).toBe("en");
  });
});
