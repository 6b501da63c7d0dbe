import { describe, expect, it } from "vitest";
import { parseRedisEnv } from "./redis-config";

describe("scale-out environment", () => {
  it("is off without REDIS_URL, defaults the prefix, and refuses bad values", () => {
    expect(parseRedisEnv({})).toEqual({});
    expect(parseRedisEnv({ REDIS_URL: " " }).redis).toBeUndefined();
    expect(parseRedisEnv({ REDIS_URL: "redis://127.0.0.1:6379", SYNC_ANTI_ENTROPY_MS: "500" })).toEqual({
      redis: { url: "redis://127.0.0.1:6379", prefix: "csei:" },
      antiEntropyMs: 500,
    });
    expect(parseRedisEnv({ REDIS_URL: "rediss://:pw@cache.example.org:6380/2", REDIS_PREFIX: "studio-eu:" }).redis).toEqual({
      url: "rediss://:pw@cache.example.org:6380/2",
      prefix: "studio-eu:",
    });
    expect(() => parseRedisEnv({ REDIS_URL: "http://127.0.0.1:6379" })).toThrow(/REDIS_URL/);
    expect(() => parseRedisEnv({ REDIS_URL: "redis://h", REDIS_PREFIX: "has space" })).toThrow(/REDIS_PREFIX/);
    expect(() => parseRedisEnv({ SYNC_RESULTS_LEASE_MS: "0" })).toThrow(/SYNC_RESULTS_LEASE_MS/);
  });
});
