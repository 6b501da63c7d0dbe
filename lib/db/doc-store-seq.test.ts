import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "./sqlite";

const NAME = "w/aaaaaaaaaaaaaaaa/board";

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let captured: Uint8Array = new Uint8Array();
  const onUpdate = (u: Uint8Array) => {
    captured = u;
  };
  doc.on("update", onUpdate);
  doc.getText("t").insert(doc.getText("t").length, text);
  doc.off("update", onUpdate);
  return captured;
}

describe("DocStore sequence numbers", () => {
  it("returns the seq of each append, and compaction through it keeps what was appended later", async () => {
    const { docs, close } = openSqlite(":memory:");
    const source = new Y.Doc();
    const first = await docs.appendUpdate(NAME, textUpdate(source, "a"));
    const second = await docs.appendUpdate(NAME, textUpdate(source, "b"));
    expect(second).toBeGreaterThan(first);
    expect((await docs.loadDoc(NAME)).lastSeq).toBe(second);

    // Snapshot taken at "ab", then one more update lands before the compaction commits.
    const snapshot = Y.encodeStateAsUpdate(source);
    const third = await docs.appendUpdate(NAME, textUpdate(source, "c"));
    await docs.compactDoc(NAME, snapshot, second);

    const loaded = await docs.loadDoc(NAME);
    expect(loaded.updates).toHaveLength(2);
    expect(loaded.lastSeq).toBeGreaterThan(third);
    const replica = new Y.Doc();
    for (const u of loaded.updates) Y.applyUpdate(replica, u);
    expect(replica.getText("t").toString()).toBe("abc");
    close();
  });
});
