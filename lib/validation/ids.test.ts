import { describe, expect, it } from "vitest";
import { formatJoinCode, joinCodeSchema, JOIN_CODE_ALPHABET, newId, newJoinCode, workshopIdSchema } from "./ids";

describe("ids and join codes", () => {
  it("draws ids of the declared shape", () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(workshopIdSchema.safeParse(id).success).toBe(true);
  });

  it("draws join codes without ambiguous characters", () => {
    for (let i = 0; i < 200; i += 1) {
      const code = newJoinCode();
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
      expect(code).not.toMatch(/[01OILSZB258]/);
    }
  });

  it("accepts codes as people type them and rejects the rest with a reason", () => {
    expect(joinCodeSchema.parse(" acde-fghj ")).toBe("ACDEFGHJ");
    expect(formatJoinCode("ACDEFGHJ")).toBe("ACDE-FGHJ");
    const bad = joinCodeSchema.safeParse("ACDE-FGH0");
    expect(bad.success).toBe(false);
    expect(joinCodeSchema.safeParse("ACD").success).toBe(false);
  });
});
