import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "../lib/db/sqlite";
import { TEST_BACKENDS } from "../lib/db/test-backends";
import { participantRooms } from "../lib/sync/rooms";
import { readResults, setScore } from "../lib/sync/schema";
import { DIMENSION_IDS } from "../lib/workshop/content";
import { dropPrefix, freshPrefix, scaleOutEnv, SHARED_REDIS_URL, startBalancer, startOwnRedis } from "./scale-out-fixtures";
import { seedWorkshop, spawnServer, type ChildServer } from "./test-fixtures";
import { testScope, tokenFor, waitFor } from "./test-helpers";
import { openSynced, serverStateVia, type Client } from "./test-clients";

const [dim = ""] = DIMENSION_IDS;
const scope = testScope();
const prefix = freshPrefix();
afterAll(() => dropPrefix(SHARED_REDIS_URL, prefix));

/** A data directory with a seeded workshop. */
async function seededDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "csei-scale-"));
  scope.defer(() => rmSync(dir, { recursive: true, force: true }));
  const stores = openSqlite(path.join(dir, "csei.sqlite"));
  try {
    return { dir, w: await seedWorkshop(stores.app) };
  } finally {
    stores.close();
  }
}

async function spawned(dir: string, env: Record<string, string>): Promise<ChildServer> {
  const child = await spawnServer(dir, env);
  scope.defer(async () => {
    if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL");
    await child.exited;
  });
  return child;
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

async function health(url: string): Promise<number> {
  return (await fetch(`${url.replace("ws://", "http://")}/healthz`)).status;
}

const items = (client: Client) => client.doc.getArray<string>("n").toArray();

describe("scale-out failures", () => {
  it("heals what was written on both processes while Redis was down, once Redis is back", async () => {
    const redis = await startOwnRedis();
    scope.defer(() => redis.kill());
    const { dir, w } = await seededDir();
    const env = scaleOutEnv(redis.url, "csei:");
    const a = await spawned(dir, env);
    const b = await spawned(dir, env);
    const onA = scope.track(await openSynced(a.url, participantRooms(w.wid, w.p1).board, await tokenFor("participant", w.wid, w.p1)));
    const onB = scope.track(await openSynced(b.url, participantRooms(w.wid, w.p2).board, await tokenFor("participant", w.wid, w.p2)));
    onA.doc.getArray<string>("n").push(["before"]);
    await waitFor(() => expect(items(onB)).toEqual(["before"]), 10_000);

    await redis.kill();
    await waitFor(async () => expect(await health(a.url)).toBe(503), 10_000, 50);
    onA.doc.getArray<string>("n").push(["a-while-down"]);
    onB.doc.getArray<string>("n").push(["b-while-down"]);
    // Both processes accept and store their own client's write; nothing can cross without Redis.
    expect((await serverStateVia(onA)).getArray("n").toArray()).toContain("a-while-down");
    expect((await serverStateVia(onB)).getArray("n").toArray()).toContain("b-while-down");
    expect(items(onB)).not.toContain("a-while-down");

    await redis.start();
    await waitFor(() => {
      expect(items(onA)).toHaveLength(3);
      expect(items(onB)).toEqual(items(onA));
    }, 60_000, 50);
    expect(items(onA)).toEqual(expect.arrayContaining(["before", "a-while-down", "b-while-down"]));
    await waitFor(async () => expect([await health(a.url), await health(b.url)]).toEqual([200, 200]), 10_000, 50);
    onB.doc.getArray<string>("n").push(["after"]);
    await waitFor(() => expect(items(onA)).toContain("after"), 10_000);
  }, 120_000);
});

describe.each(TEST_BACKENDS)("a sync process killed ($kind)", (backend) => {
  it("its clients reconnect to the other through the balancer, nothing is lost, and the results lease moves", async () => {
    const place = await backend.place();
    scope.defer(() => place.cleanup());
    const stores = await place.open();
    const w = await seedWorkshop(stores.app);
    await stores.close();
    const env = { ...place.env, ...scaleOutEnv(SHARED_REDIS_URL, prefix) };
    const a = await spawned(place.dataDir, env);
    const b = await spawned(place.dataDir, env);
    const balancer = await startBalancer([portOf(a.url), portOf(b.url)]);
    scope.defer(() => balancer.close());
    const rooms1 = participantRooms(w.wid, w.p1);
    const rooms2 = participantRooms(w.wid, w.p2);
    const [t1, t2, tf] = await Promise.all([tokenFor("participant", w.wid, w.p1), tokenFor("participant", w.wid, w.p2), tokenFor("facilitator", w.wid, w.facilitator)]);
    // Round robin: writer and private document on A (which also takes the results lease first), the rest on B.
    const writer = scope.track(await openSynced(balancer.url, rooms1.board, t1));
    const reader = scope.track(await openSynced(balancer.url, rooms2.board, t2));
    const private1 = scope.track(await openSynced(balancer.url, rooms1.private, t1));
    const results = scope.track(await openSynced(balancer.url, rooms1.results, tf));
    expect(balancer.routed).toEqual([portOf(a.url), portOf(b.url), portOf(a.url), portOf(b.url)]);
    setScore(private1.doc, "baseline", dim, 3);
    await waitFor(() => expect(readResults(results.doc).baseline).toEqual({ revealed: false, respondents: 1 }), 20_000);

    let next = 0;
    const writing = setInterval(() => writer.doc.getArray<string>("n").push([`w${next++}`]), 5);
    scope.defer(() => clearInterval(writing));
    await waitFor(() => expect(items(reader).length).toBeGreaterThan(100), 20_000);
    a.process.kill("SIGKILL");
    expect(await a.exited).toBe("SIGKILL");
    // The writer keeps typing while it reconnects (through the balancer, to B).
    await waitFor(() => expect(balancer.routed.slice(4)).toContain(portOf(b.url)), 20_000);
    await waitFor(() => expect(writer.provider.wsconnected && private1.provider.wsconnected).toBe(true), 20_000);
    const target = next + 50;
    await waitFor(() => expect(next).toBeGreaterThanOrEqual(target), 20_000);
    clearInterval(writing);

    await waitFor(() => expect(items(reader)).toEqual(items(writer)), 20_000);
    expect(items(writer)).toEqual(Array.from({ length: next }, (_, i) => `w${i}`));
    const fresh = scope.track(await openSynced(balancer.url, rooms1.board, tf));
    expect(items(fresh)).toEqual(items(writer));

    // B takes the results over once A's lease has run out: a score written now is counted.
    const private2 = scope.track(await openSynced(balancer.url, rooms2.private, t2));
    setScore(private2.doc, "baseline", dim, 5);
    await waitFor(() => expect(readResults(results.doc).baseline).toEqual({ revealed: false, respondents: 2 }), 30_000);
  }, 120_000);
});
