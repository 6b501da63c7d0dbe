import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "../lib/db/sqlite";
import { sqliteDocs } from "../lib/db/sqlite-docs";
import type { DocStore } from "../lib/db/types";
import { PersistChain } from "./persist-chain";
import { quietLog } from "./test-helpers";

const NAME = "w/aaaaaaaaaaaaaaaa/board";

/** A store that records the order of appends and of when they resolve (asynchronous appends only). */
function recordingStore(base: DocStore, events: string[]): DocStore {
  return {
    ...base,
    appendUpdateNow: undefined,
    async appendUpdate(name, update) {
      events.push(`append:${update[0]}`);
      const seq = await base.appendUpdate(name, update);
      events.push(`stored:${update[0]}`);
      return seq;
    },
  };
}

describe("persist chain batches", () => {
  it("asks for the appends of queued updates together and broadcasts each only after all of them are stored, in order", async () => {
    const sqlite = openSqlite(":memory:");
    const events: string[] = [];
    const chain = new PersistChain(NAME, new Y.Doc(), 0, 0, { docs: recordingStore(sqlite.docs, events), log: quietLog }, () => {
      throw new Error("no failure expected");
    });
    for (const n of [1, 2, 3]) chain.append(new Uint8Array([n]), () => events.push(`sent:${n}`));
    // A task queued between appends closes the batch: what comes after it waits for it.
    chain.run(() => {
      events.push("task");
    });
    chain.append(new Uint8Array([4]), () => events.push("sent:4"));
    await chain.flush();
    expect(events).toEqual([
      "append:1",
      "append:2",
      "append:3",
      "stored:1",
      "stored:2",
      "stored:3",
      "sent:1",
      "sent:2",
      "sent:3",
      "task",
      "append:4",
      "stored:4",
      "sent:4",
    ]);
    expect((await sqlite.docs.loadDoc(NAME)).updates.map((u) => u[0])).toEqual([1, 2, 3, 4]);
    sqlite.close();
  });
});

describe("persist chain, idle path", () => {
  it("stores and sends an update at once when nothing is queued and the store is idle; queues it otherwise", async () => {
    const sqlite = openSqlite(":memory:");
    const sent: number[] = [];
    const chain = new PersistChain(NAME, new Y.Doc(), 0, 0, { docs: sqlite.docs, log: quietLog }, () => {
      throw new Error("no failure expected");
    });
    chain.append(new Uint8Array([1]), () => sent.push(1));
    // Stored and sent in the same turn, before any await.
    expect(sent).toEqual([1]);
    expect(sqlite.db.prepare("SELECT COUNT(*) AS n FROM doc_updates").get()).toEqual({ n: 1 });
    // Behind a queued task, an update waits its turn: order is kept.
    chain.run(() => {
      sent.push(-1);
    });
    chain.append(new Uint8Array([2]), () => sent.push(2));
    expect(sent).toEqual([1]);
    await chain.flush();
    expect(sent).toEqual([1, -1, 2]);
    // Idle again (nothing queued, no commit for a while): at once again.
    await new Promise((resolve) => setTimeout(resolve, 10));
    chain.append(new Uint8Array([3]), () => sent.push(3));
    expect(sent).toEqual([1, -1, 2, 3]);
    expect((await sqlite.docs.loadDoc(NAME)).updates.map((u) => u[0])).toEqual([1, 2, 3]);
    sqlite.close();
  });

  it("a failing synchronous append drops the room (after the caller returns) and sends nothing", async () => {
    const sqlite = openSqlite(":memory:");
    let failed = 0;
    const docs: DocStore = {
      ...sqlite.docs,
      appendUpdateNow: () => {
        throw new Error("disk full");
      },
    };
    const chain = new PersistChain(NAME, new Y.Doc(), 0, 0, { docs, log: quietLog }, () => (failed += 1));
    const sent: number[] = [];
    chain.append(new Uint8Array([1]), () => sent.push(1));
    expect({ sent, failed, chainFailed: chain.failed }).toEqual({ sent: [], failed: 0, chainFailed: true });
    await Promise.resolve();
    expect({ sent, failed }).toEqual({ sent: [], failed: 1 });
    sqlite.close();
  });
});

describe("SQLite group commit", () => {
  it("commits every append of one event-loop turn together, each resolving with its own row", async () => {
    const sqlite = openSqlite(":memory:");
    const pending = Array.from({ length: 50 }, (_, i) => sqlite.docs.appendUpdate(NAME, new Uint8Array([i])));
    // Nothing is written until the turn ends.
    expect(sqlite.db.prepare("SELECT COUNT(*) AS n FROM doc_updates").get()).toEqual({ n: 0 });
    const seqs = await Promise.all(pending);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(50);
    const stored = await sqlite.docs.loadDoc(NAME);
    expect(stored.updates.map((u) => u[0])).toEqual([...Array(50).keys()]);
    expect(stored.lastSeq).toBe(seqs.at(-1));
    sqlite.close();
  });

  it("appendUpdateNow commits at once only when idle: not with a group commit pending, not right after a commit", async () => {
    const sqlite = openSqlite(":memory:");
    // A busy window no test machine can outlast between two calls, and none at all.
    const busy = sqliteDocs(sqlite.db, { busyWindowMs: 60_000 });
    const idle = sqliteDocs(sqlite.db, { busyWindowMs: 0 });
    const first = busy.appendUpdateNow?.(NAME, new Uint8Array([1]));
    expect(first).toBeTypeOf("number");
    expect(busy.appendUpdateNow?.(NAME, new Uint8Array([2]))).toBeUndefined(); // a commit just now: busy
    const pending = idle.appendUpdate(NAME, new Uint8Array([3]));
    expect(idle.appendUpdateNow?.(NAME, new Uint8Array([4]))).toBeUndefined(); // a group commit is pending: it goes first
    const third = await pending;
    const fifth = idle.appendUpdateNow?.(NAME, new Uint8Array([5]));
    expect(third).toBeGreaterThan(first ?? Infinity);
    expect(fifth).toBeGreaterThan(third);
    expect((await sqlite.docs.loadDoc(NAME)).updates.map((u) => u[0])).toEqual([1, 3, 5]);
    sqlite.close();
  });
});
