import { describe, expect, it } from "vitest";
import { de, en, pl } from "../../lib/i18n/catalogue";
import { CLOSE, type CloseName } from "../../lib/sync/close-codes";

const names: (CloseName | "unknown")[] = [...(Object.keys(CLOSE) as CloseName[]), "unknown"];

describe("close-code messages", () => {
  it("has a message for every named close code (and unknown ones) in en, pl and de", () => {
    for (const [locale, catalogue] of Object.entries({ en, pl, de })) {
      const closed: Record<string, unknown> = catalogue.sync?.closed ?? {};
      for (const name of names) expect(typeof closed[name] === "string" && closed[name] !== "", `${locale}: ${name}`).toBe(true);
      expect(Object.keys(closed).sort()).toEqual([...names].sort());
    }
  });
});
