import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { decodeMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, MESSAGE } from "./protocol";

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return doc;
}

describe("protocol", () => {
  it("decodes what the y-protocols encoders produce", () => {
    const doc = docWithText("hi");
    expect(decodeMessage(encodeSyncStep1(doc))).toMatchObject({ ok: true, message: { type: "sync-step1" } });
    expect(decodeMessage(encodeSyncStep2(doc, Y.encodeStateVector(new Y.Doc())))).toMatchObject({
      ok: true,
      message: { type: "sync-step2" },
    });
    const update = Y.encodeStateAsUpdate(doc);
    const decoded = decodeMessage(encodeUpdate(update));
    expect(decoded).toMatchObject({ ok: true, message: { type: "update" } });
    if (decoded.ok && decoded.message.type === "update") expect(decoded.message.update).toEqual(update);

    const awareness = new Awareness(doc);
    awareness.setLocalStateField("user", { name: "Ada" });
    const frame = encodeAwareness(encodeAwarenessUpdate(awareness, [doc.clientID]));
    expect(decodeMessage(frame)).toMatchObject({ ok: true, message: { type: "awareness" } });
    awareness.destroy();

    expect(decodeMessage(new Uint8Array([MESSAGE.queryAwareness]))).toEqual({ ok: true, message: { type: "query-awareness" } });
  });

  it("round-trips an update into another document", () => {
    const source = docWithText("round trip");
    const decoded = decodeMessage(encodeSyncStep2(source, Y.encodeStateVector(new Y.Doc())));
    if (!decoded.ok || decoded.message.type !== "sync-step2") throw new Error("not a step 2");
    const target = new Y.Doc();
    Y.applyUpdate(target, decoded.message.update);
    expect(target.getText("t").toString()).toBe("round trip");
  });

  it("refuses unknown, truncated, trailing and malformed frames with a reason", () => {
    const step1 = encodeSyncStep1(docWithText("x"));
    const cases: Uint8Array[] = [
      new Uint8Array([]),
      new Uint8Array([4]),
      new Uint8Array([0x80]),
      new Uint8Array([0, 3, 0]),
      step1.slice(0, step1.length - 1),
      new Uint8Array([...step1, 0]),
      new Uint8Array([0, 1, 3, 0xff, 0xff, 0xff]),
      new Uint8Array([1, 1, 0, 0]),
      new Uint8Array([3, 0]),
    ];
    for (const frame of cases) {
      const decoded = decodeMessage(frame);
      expect(decoded.ok, `frame ${Array.from(frame).join(",")}`).toBe(false);
      if (!decoded.ok) expect(decoded.reason.length).toBeGreaterThan(0);
    }
  });

  it("refuses awareness states that are not objects or null", () => {
    const frame = (state: string) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, state);
      return encodeAwareness(encoding.toUint8Array(inner));
    };
    expect(decodeMessage(frame("null")).ok).toBe(true);
    expect(decodeMessage(frame('{"user":{"name":"x"}}')).ok).toBe(true);
    for (const bad of ["5", '"text"', "[1]", "{", ""]) expect(decodeMessage(frame(bad)).ok).toBe(false);
  });
});
