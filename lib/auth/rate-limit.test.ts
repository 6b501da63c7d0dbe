import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { createRateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows `limit` hits per key and window, says when to retry, and forgets old windows", () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect([1, 2, 3].map(() => limiter.hit("a").allowed)).toEqual([true, true, true]);
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.hit("b").allowed).toBe(true);
    now += 45_500;
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now += 15_000;
    expect(limiter.hit("a").allowed).toBe(true);
    now += 120_000;
    limiter.hit("c");
    expect(limiter.size).toBe(1);
  });
});

describe("client address", () => {
  it("takes the last x-forwarded-for entry (the nearest hop) and tolerates its absence", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
