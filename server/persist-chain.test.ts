import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "../lib/db/sqlite";
import type { DocStore } from "../lib/db/types";
import { PersistChain } from "./persist-chain";
import { quietLog } from "./test-helpers";

const NAME = "w/aaaaaaaaaaaaaaaa/board";

/** A store that records the order of appends and of when they resolve. */
function recordingStore(base: DocStore, events: string[]): DocStore {
  return {
    ...base,
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
});
