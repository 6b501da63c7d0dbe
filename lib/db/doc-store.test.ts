import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { freshPlaceEach, TEST_BACKENDS } from "./test-backends";

const NAME = "w/aaaaaaaaaaaaaaaa/board";

/** The update one text insertion produces. */
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

function replay(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

describe.each(TEST_BACKENDS)("DocStore contract ($kind)", (backend) => {
  const fresh = freshPlaceEach(backend);

  it("loads an unknown document as empty", async () => {
    expect(await fresh.stores.docs.loadDoc(NAME)).toEqual({ updates: [], lastSeq: 0 });
  });

  it("appends, lists by prefix and compacts document updates, and keeps them across reopening", async () => {
    const { docs } = fresh.stores;
    const source = new Y.Doc();
    const updates = [textUpdate(source, "hello"), textUpdate(source, " world")];
    for (const u of updates) await docs.appendUpdate("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb", u);
    await docs.appendUpdate("w/aaaaaaaaaaaaaaaa/board", updates[0] ?? new Uint8Array());
    await docs.appendUpdate("w/aaaaaaaaaaaaaaab/private/cccccccccccccccc", updates[0] ?? new Uint8Array());
    await docs.appendUpdate("w/aaaaaaaaaaaaaaaa/private", updates[0] ?? new Uint8Array());

    expect(await docs.listDocs("w/aaaaaaaaaaaaaaaa/private/")).toEqual(["w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb"]);
    expect((await docs.listDocs("w/aaaaaaaaaaaaaaaa/")).sort()).toEqual([
      "w/aaaaaaaaaaaaaaaa/board",
      "w/aaaaaaaaaaaaaaaa/private",
      "w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb",
    ]);
    expect(await docs.listDocs("x/")).toEqual([]);
    const loaded = await docs.loadDoc("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb");
    expect(loaded.updates).toHaveLength(2);
    const replica = replay(loaded.updates);
    expect(replica.getText("t").toString()).toBe("hello world");

    await docs.compactDoc("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb", Y.encodeStateAsUpdate(replica), loaded.lastSeq);
    await fresh.stores.close();

    const reopened = await fresh.place.open();
    const compacted = await reopened.docs.loadDoc("w/aaaaaaaaaaaaaaaa/private/bbbbbbbbbbbbbbbb");
    expect(compacted.updates).toHaveLength(1);
    expect(compacted.lastSeq).toBeGreaterThan(loaded.lastSeq);
    expect(replay(compacted.updates).getText("t").toString()).toBe("hello world");
    expect(await reopened.docs.loadDoc("w/aaaaaaaaaaaaaaaa/board")).toMatchObject({ updates: [expect.any(Uint8Array)] });
    expect(Array.from((await reopened.docs.loadDoc("w/aaaaaaaaaaaaaaaa/board")).updates[0] ?? [])).toEqual(Array.from(updates[0] ?? []));
  });

  it("returns the seq of each append, and compaction through it keeps what was appended later", async () => {
    const { docs } = fresh.stores;
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
    expect(replay(loaded.updates).getText("t").toString()).toBe("abc");
  });

  it("gives concurrent appends distinct sequence numbers and loses none of them", async () => {
    const { docs } = fresh.stores;
    const writers = Array.from({ length: 4 }, (_, i) => {
      const doc = new Y.Doc();
      doc.clientID = 1000 + i;
      return doc;
    });
    const other = "w/aaaaaaaaaaaaaaaa/control";
    // 4 writers × 25 updates on one document, interleaved with appends to another, all in flight together.
    const appends = writers.flatMap((doc, w) =>
      Array.from({ length: 25 }, (_, i) => {
        const update = textUpdate(doc, `${w}:${i};`);
        return Promise.all([docs.appendUpdate(NAME, update), docs.appendUpdate(other, update)]);
      }),
    );
    const seqs = (await Promise.all(appends)).flat();
    expect(new Set(seqs).size).toBe(200);

    const loaded = await docs.loadDoc(NAME);
    expect(loaded.updates).toHaveLength(100);
    expect(loaded.lastSeq).toBe(Math.max(...seqs.filter((_, i) => i % 2 === 0)));
    const text = replay(loaded.updates).getText("t").toString();
    for (let w = 0; w < 4; w++) for (let i = 0; i < 25; i++) expect(text).toContain(`${w}:${i};`);
    expect(text).toHaveLength(writers.reduce((n, d) => n + d.getText("t").length, 0));
  });

  it("compacts while other appends are in flight without losing any of them", async () => {
    const { docs } = fresh.stores;
    const source = new Y.Doc();
    for (let i = 0; i < 10; i++) await docs.appendUpdate(NAME, textUpdate(source, `${i},`));
    const { lastSeq } = await docs.loadDoc(NAME);
    const snapshot = Y.encodeStateAsUpdate(source);
    const later = Array.from({ length: 10 }, (_, i) => textUpdate(source, `${10 + i},`));
    await Promise.all([docs.compactDoc(NAME, snapshot, lastSeq), ...later.map((u) => docs.appendUpdate(NAME, u))]);
    const loaded = await docs.loadDoc(NAME);
    expect(replay(loaded.updates).getText("t").toString()).toBe(source.getText("t").toString());
    expect(loaded.updates.length).toBeLessThanOrEqual(11);
  });
});
