import { describe, expect, it } from "vitest";
import { CLOSE } from "../lib/sync/close-codes";
import { roomName } from "../lib/sync/rooms";
import { fullBucket, takeFrameToken, type FrameBucketState } from "./limits";
import { metricValue, scrape } from "./test-fixtures";
import { freshWorkshop, testScope, tokenFor, waitFor } from "./test-helpers";
import { finalCloses, openClient, openRaw, openSynced, serverStateVia } from "./test-clients";

const { server, track } = testScope();

async function boardOf() {
  const w = freshWorkshop();
  return { w, board: roomName({ kind: "board", workshopId: w.wid }), token: await tokenFor("participant", w.wid, w.p1) };
}

describe("limits", () => {
  it("refuses a frame over maxFrameBytes with 4413, which stops the provider", async () => {
    const t = await server({ maxFrameBytes: 64 * 1024 });
    const { board, token } = await boardOf();
    const client = track(await openSynced(t.url, board, token));
    const closes = finalCloses(client);
    client.doc.getText("t").insert(0, "x".repeat(60 * 1024));
    expect((await serverStateVia(client)).getText("t").length).toBe(60 * 1024);
    client.doc.getText("t").insert(0, "y".repeat(70 * 1024));
    await waitFor(() => expect(closes).toEqual([CLOSE.tooLarge.code]));
    expect(client.provider.shouldConnect).toBe(false);
  });

  it("refuses an update that would grow a document past maxDocBytes with 4413 and keeps the document as it was", async () => {
    const t = await server({ maxDocBytes: 50 * 1024 });
    const { w, board, token } = await boardOf();
    const writer = track(await openSynced(t.url, board, token));
    const other = track(await openSynced(t.url, board, await tokenFor("participant", w.wid, w.p2)));
    const closes = finalCloses(writer);
    writer.doc.getArray<string>("chunks").push(["a".repeat(20 * 1024)]);
    writer.doc.getArray<string>("chunks").push(["b".repeat(20 * 1024)]);
    await waitFor(() => expect(other.doc.getArray("chunks").length).toBe(2));
    writer.doc.getArray<string>("chunks").push(["c".repeat(20 * 1024)]);
    await waitFor(() => expect(closes).toEqual([CLOSE.tooLarge.code]));
    expect((await serverStateVia(other)).getArray("chunks").length).toBe(2);
    expect(metricValue(await scrape(t.url), "csei_sync_rejected_writes_total", 'reason="doc-too-large"')).toBe(1);
  });

  it("admits maxConnectionsPerRoom connections to a room and refuses the next with 4429 before any frame", async () => {
    const t = await server({ maxConnectionsPerRoom: 3 });
    const { board, token } = await boardOf();
    const seated = [0, 1, 2].map(() => track(openRaw(t.url, board, token)));
    await Promise.all(seated.map((c) => c.opened));
    await waitFor(() => expect(t.server.stats().connections).toBe(3));
    const fourth = track(openRaw(t.url, board, token));
    expect(await fourth.closed).toEqual({ code: CLOSE.rateLimited.code, reason: "rate-limited" });
    expect(fourth.messages).toHaveLength(0);
    seated[0]?.ws.close();
    await waitFor(() => expect(t.server.stats().connections).toBe(2));
    const again = track(openRaw(t.url, board, token));
    await again.opened;
    await waitFor(() => expect(again.messages.length).toBeGreaterThan(0));
  });

  it("refuses a client address over maxConnectionsPerIpPerMinute with 4429, per X-Forwarded-For only with trustProxy", async () => {
    const direct = await server({ maxConnectionsPerIpPerMinute: 3 });
    const { board, token } = await boardOf();
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const raw = openRaw(direct.url, board, token, { headers: { "x-forwarded-for": `10.0.0.${i}` } });
      await raw.opened;
      raw.ws.close();
      codes.push((await raw.closed).code);
    }
    // Without trustProxy the header is ignored: all four come from 127.0.0.1.
    expect(codes).toEqual([1005, 1005, 1005, CLOSE.rateLimited.code]);

    const proxied = await server({ maxConnectionsPerIpPerMinute: 1, trustProxy: true });
    const results: number[] = [];
    // The last entry is the one our proxy appended; what the client put before it does not matter.
    for (const forwarded of ["10.0.0.1", "6.6.6.6, 10.0.0.2", "7.7.7.7, 10.0.0.2"]) {
      const raw = openRaw(proxied.url, board, token, { headers: { "x-forwarded-for": forwarded } });
      await raw.opened;
      raw.ws.close();
      results.push((await raw.closed).code);
    }
    expect(results).toEqual([1005, 1005, CLOSE.rateLimited.code]);
    expect(metricValue(await scrape(proxied.url), "csei_sync_closes_total", 'code="rateLimited"')).toBe(1);
  });

  it("closes a slow consumer (send buffer over maxBufferedBytes) with a non-final code; the room carries on", async () => {
    // The writer sends as fast as it can until the reader is cut off: lift the frame rate out of the way.
    const t = await server({ maxBufferedBytes: 256 * 1024, maxDocBytes: 1024 ** 3, maxFramesPerSecond: 1e6, maxFrameBurst: 1e6 });
    const { w, board, token } = await boardOf();
    const writer = track(await openSynced(t.url, board, token));
    const reader = track(await openSynced(t.url, board, await tokenFor("participant", w.wid, w.p2)));
    const slow = track(openRaw(t.url, board, await tokenFor("observer", w.wid, "slow-phone")));
    await slow.opened;
    await waitFor(() => expect(slow.messages.length).toBeGreaterThan(0));
    slow.ws.pause();
    // Overwriting one value keeps the document small (Yjs collects the old ones) while every update is 256 KiB.
    let round = 0;
    await waitFor(
      async () => {
        writer.doc.getMap("m").set("blob", String(round++).padEnd(256 * 1024, "z"));
        expect(metricValue(await scrape(t.url), "csei_sync_closes_total", 'code="slowConsumer"')).toBe(1);
      },
      20_000,
      5,
    );
    slow.ws.resume();
    expect([CLOSE.slowConsumer.code, 1006]).toContain((await slow.closed).code);
    writer.doc.getMap("m").set("after", "still live");
    await waitFor(() => expect(reader.doc.getMap("m").get("after")).toBe("still live"));
  });

  it("y-websocket treats 4429 as final: the provider stops reconnecting and reports why", async () => {
    const t = await server({ maxConnectionsPerRoom: 1 });
    const { w, board, token } = await boardOf();
    track(await openSynced(t.url, board, token));
    const late = track(openClient(t.url, board, await tokenFor("participant", w.wid, w.p2)));
    const closes = finalCloses(late);
    await waitFor(() => expect(closes).toEqual([CLOSE.rateLimited.code]));
    expect(late.provider.shouldConnect).toBe(false);
  });

  it("closes a connection that sends frames faster than maxFramesPerSecond beyond its burst with 4429 (final)", async () => {
    const t = await server({ maxFramesPerSecond: 1, maxFrameBurst: 5 });
    const { w, board, token } = await boardOf();
    const calm = track(await openSynced(t.url, board, await tokenFor("participant", w.wid, w.p2)));
    const flood = track(openRaw(t.url, board, token));
    await flood.opened;
    // Query-awareness frames are valid and cheap: only their number can get this connection closed.
    for (let i = 0; i < 20; i++) flood.ws.send(new Uint8Array([3]));
    expect(await flood.closed).toEqual({ code: CLOSE.rateLimited.code, reason: "rate-limited" });
    const text = await scrape(t.url);
    expect(metricValue(text, "csei_sync_frames_in_total", 'type="rate-limited"')).toBe(1);
    expect(metricValue(text, "csei_sync_closes_total", 'code="rateLimited"')).toBe(1);
    // The other connection in the room is not affected.
    calm.doc.getText("t").insert(0, "calm");
    expect((await serverStateVia(calm)).getText("t").toString()).toBe("calm");
  });

  it("y-websocket stops for good when its own updates pass the frame rate", async () => {
    const t = await server({ maxFramesPerSecond: 1, maxFrameBurst: 10 });
    const { board, token } = await boardOf();
    const client = track(await openSynced(t.url, board, token));
    const closes = finalCloses(client);
    for (let i = 0; i < 30; i++) client.doc.getMap("m").set("n", i);
    await waitFor(() => expect(closes).toEqual([CLOSE.rateLimited.code]));
    expect(client.provider.shouldConnect).toBe(false);
  });
});

describe("takeFrameToken", () => {
  it("allows a burst, then refills at the sustained rate", () => {
    let now = 0;
    const bucket: FrameBucketState = { frameTokens: fullBucket(200), frameAt: now };
    const take = () => takeFrameToken(bucket, 60, 200, now);
    const takes = (n: number) => Array.from({ length: n }, take).filter(Boolean).length;
    expect(takes(250)).toBe(200);
    now += 1000;
    expect(takes(100)).toBe(60);
    // 20 Hz for a minute is well inside the rate: never refused.
    for (let i = 0; i < 20 * 60; i++) {
      now += 50;
      expect(take()).toBe(true);
    }
  });
});
