import { describe, expect, it } from "vitest";
import { parseSyncEnv } from "./config";

describe("sync server environment", () => {
  it("reads the limits, leaves absent ones to the defaults, and refuses bad values", () => {
    expect(parseSyncEnv({})).toEqual({
      trustProxy: undefined,
      maxFrameBytes: undefined,
      maxDocBytes: undefined,
      maxConnectionsPerRoom: undefined,
      maxConnectionsPerIpPerMinute: undefined,
      maxBufferedBytes: undefined,
      maxFramesPerSecond: undefined,
      maxFrameBurst: undefined,
      accessRecheckMs: undefined,
    });
    expect(parseSyncEnv({ SYNC_MAX_FRAMES_PER_SECOND: "30", SYNC_MAX_FRAME_BURST: "90" })).toMatchObject({ maxFramesPerSecond: 30, maxFrameBurst: 90 });
    expect(() => parseSyncEnv({ SYNC_MAX_FRAMES_PER_SECOND: "0" })).toThrow(/SYNC_MAX_FRAMES_PER_SECOND/);
    expect(parseSyncEnv({ SYNC_TRUST_PROXY: "1", SYNC_MAX_CONNECTIONS_PER_ROOM: "50", SYNC_ACCESS_RECHECK_MS: "500" })).toMatchObject({
      trustProxy: true,
      maxConnectionsPerRoom: 50,
      accessRecheckMs: 500,
    });
    expect(parseSyncEnv({ SYNC_TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(() => parseSyncEnv({ SYNC_MAX_DOC_BYTES: "-1" })).toThrow(/SYNC_MAX_DOC_BYTES/);
    expect(() => parseSyncEnv({ SYNC_TRUST_PROXY: "yes" })).toThrow(/SYNC_TRUST_PROXY/);
  });
});
