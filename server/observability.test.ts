import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { openSqlite } from "../lib/db/sqlite";
import type { DocStore } from "../lib/db/types";
import { participantRooms } from "../lib/sync/rooms";
import { createLogger } from "./log";
import { metricValue, scrape } from "./test-fixtures";
import { freshWorkshop, testScope, tokenFor, waitFor } from "./test-helpers";
import { openRaw, openSynced, serverStateVia } from "./test-clients";

const { server, track, defer } = testScope();

describe("observability", () => {
  it("answers /healthz 200 only while the store answers, 503 when it fails or hangs", async () => {
    const sqlite = openSqlite(":memory:");
    defer(() => sqlite.close());
    let mode: "ok" | "fail" | "hang" = "ok";
    const docs: DocStore = {
      ...sqlite.docs,
      listDocs: (prefix) =>
        mode === "ok" ? sqlite.docs.listDocs(prefix) : mode === "fail" ? Promise.reject(new Error("disk gone")) : new Promise(() => {}),
    };
    const t = await server({ docs, healthTimeoutMs: 100 });
    const health = async () => {
      const res = await fetch(`${t.url.replace("ws://", "http://")}/healthz`);
      return { status: res.status, body: await res.json() };
    };
    expect(await health()).toEqual({ status: 200, body: { ok: true } });
    mode = "fail";
    expect(await health()).toMatchObject({ status: 503, body: { ok: false } });
    mode = "hang";
    expect(await health()).toMatchObject({ status: 503, body: { ok: false } });
    mode = "ok";
    expect((await health()).status).toBe(200);
  });

  it("exports Prometheus metrics from a registry of its own", async () => {
    const t = await server({});
    const other = await server({});
    const w = freshWorkshop();
    const rooms = participantRooms(w.wid, w.p1);
    const board = track(await openSynced(t.url, rooms.board, await tokenFor("participant", w.wid, w.p1)));
    const observer = track(await openSynced(t.url, rooms.board, await tokenFor("observer", w.wid, "obs")));
    track(await openSynced(t.url, rooms.private, await tokenFor("participant", w.wid, w.p1)));
    board.doc.getText("t").insert(0, "counted");
    observer.doc.getText("t").insert(0, "dropped");
    await serverStateVia(observer);
    await waitFor(() => expect(observer.doc.getText("t").toString()).toContain("counted"));
    const refused = openRaw(t.url, rooms.board, "garbage");
    await refused.closed;

    const text = await scrape(t.url);
    expect(text).toContain("# TYPE csei_sync_connections gauge");
    expect(metricValue(text, "csei_sync_connections", 'kind="board"')).toBe(2);
    expect(metricValue(text, "csei_sync_connections", 'kind="private"')).toBe(1);
    // board + private, and the hub's control and results.
    expect(metricValue(text, "csei_sync_rooms_loaded")).toBe(4);
    expect(metricValue(text, "csei_sync_frames_in_total", 'type="update"')).toBeGreaterThanOrEqual(2);
    expect(metricValue(text, "csei_sync_frames_in_total", 'type="sync-step1"')).toBeGreaterThanOrEqual(3);
    expect(metricValue(text, "csei_sync_frames_out_total", 'type="sync"')).toBeGreaterThanOrEqual(4);
    expect(metricValue(text, "csei_sync_rejected_writes_total", 'reason="read-only"')).toBe(1);
    expect(metricValue(text, "csei_sync_closes_total", 'code="unauthenticated"')).toBe(1);
    expect(metricValue(text, "csei_sync_persist_seconds_count")).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, "csei_sync_fanout_seconds_count")).toBeGreaterThanOrEqual(1);
    // A presence change on the board goes out in a batch (40 ms after it arrives), and its relay time is measured.
    board.provider.awareness.setLocalStateField("cursor", 1);
    await waitFor(async () => expect(metricValue(await scrape(t.url), "csei_sync_awareness_relay_seconds_count")).toBeGreaterThanOrEqual(1));
    expect(metricValue(await scrape(other.url), "csei_sync_frames_in_total", 'type="update"')).toBe(0);
  });

  it("logs JSON lines with room and participant ids, and never a token", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split("\n").filter(Boolean));
        done();
      },
    });
    const t = await server({ log: createLogger("debug", sink), maxFrameBytes: 1024 });
    const w = freshWorkshop();
    const rooms = participantRooms(w.wid, w.p1);
    const token = await tokenFor("participant", w.wid, w.p1);
    const client = track(await openSynced(t.url, rooms.private, token));
    client.doc.getText("t").insert(0, "x".repeat(2000));
    await waitFor(() => expect(lines.some((l) => l.includes("closing connection"))).toBe(true));
    const refused = openRaw(t.url, rooms.board, token.slice(0, -3) + "abc");
    await refused.closed;
    await waitFor(() => expect(lines.some((l) => l.includes("refused connection"))).toBe(true));

    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const line of parsed) expect(line).toMatchObject({ level: expect.any(String), msg: expect.any(String), svc: "csei-sync" });
    expect(parsed).toContainEqual(expect.objectContaining({ msg: "closing connection", room: rooms.private, participant: w.p1, workshop: w.wid, code: 4413 }));
    const signature = token.split(".")[2] ?? token;
    expect(lines.join("\n")).not.toContain(signature);
  });
});
