import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "../lib/db/sqlite";
import { PersistChain } from "./persist-chain";
import { quietLog, storedDoc } from "./test-helpers";

const NAME = "w/aaaaaaaaaaaaaaaa/board";

/** A document with one appended update of ours, and a row a peer process appended after it that we never received. */
async function logWithAPeerRow(shared: boolean) {
  const stores = openSqlite(":memory:");
  const ours = new Y.Doc();
  const chain = new PersistChain(NAME, ours, 0, 0, { docs: stores.docs, log: quietLog, shared }, () => {
    throw new Error("append failed");
  });
  ours.on("update", (update: Uint8Array) => chain.append(update, () => {}));
  ours.getArray<string>("n").push(["ours"]);
  await chain.flush();
  const peer = new Y.Doc();
  peer.getArray<string>("m").push(["peer"]);
  await stores.docs.appendUpdate(NAME, Y.encodeStateAsUpdate(peer));
  ours.getArray<string>("n").push(["ours again"]); // so our lastSeq is past the peer's row
  await chain.compactIfGrown();
  const stored = await storedDoc(stores.docs, NAME);
  const rows = (await stores.docs.loadDoc(NAME)).updates.length;
  stores.close();
  return { stored, rows };
}

describe("compaction when peers append to the same log", () => {
  it("folds a peer's row it never received into the snapshot instead of deleting it", async () => {
    const { stored, rows } = await logWithAPeerRow(true);
    expect(rows).toBe(1);
    expect(stored.getArray("n").toArray()).toEqual(["ours", "ours again"]);
    expect(stored.getArray("m").toArray()).toEqual(["peer"]);
  });

  it("needs `shared`: SQLite's compactDoc deletes what it is told, so the single-process compaction would lose that row", async () => {
    const { stored } = await logWithAPeerRow(false);
    expect(stored.getArray("m").toArray()).toEqual([]);
  });
});
