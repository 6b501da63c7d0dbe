import { describe, expect, it } from "vitest";
import { valueForKey } from "./slider-keys";

describe("valueForKey", () => {
  it("steps by one within 1–5", () => {
    expect(valueForKey("ArrowUp", 3)).toBe(4);
    expect(valueForKey("ArrowRight", 5)).toBe(5);
    expect(valueForKey("PageUp", 2)).toBe(3);
    expect(valueForKey("ArrowDown", 3)).toBe(2);
    expect(valueForKey("ArrowLeft", 1)).toBe(1);
    expect(valueForKey("PageDown", 4)).toBe(3);
  });

  it("lands on 1 from not rated or not assessed", () => {
    for (const key of ["ArrowUp", "ArrowDown", "PageUp", "PageDown"]) {
      expect(valueForKey(key, undefined)).toBe(1);
      expect(valueForKey(key, 0)).toBe(1);
    }
  });

  it("jumps with Home, End and digits; marks not assessed with Delete, Backspace, 0", () => {
    expect(valueForKey("Home", 4)).toBe(1);
    expect(valueForKey("End", undefined)).toBe(5);
    expect(valueForKey("3", 1)).toBe(3);
    expect(valueForKey("Delete", 4)).toBe(0);
    expect(valueForKey("Backspace", undefined)).toBe(0);
    expect(valueForKey("0", 2)).toBe(0);
  });

  it("leaves other keys to the browser", () => {
    expect(valueForKey("Tab", 3)).toBeNull();
    expect(valueForKey("6", 3)).toBeNull();
    expect(valueForKey("a", 3)).toBeNull();
  });
});
