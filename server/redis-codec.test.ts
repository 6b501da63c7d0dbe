import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { coversStateVector, decodeRelayMessage, decodeStateReply, encodeRelayMessage, encodeStateReply, RELAY_KINDS } from "./redis-codec";

describe("relay messages", () => {
  it("round-trip every kind with binary payloads, and refuse unknown formats, kinds and trailing bytes", () => {
    const payload = new Uint8Array([0, 255, 10, 13, 0, 1]);
    for (const kind of RELAY_KINDS) {
      const bytes = encodeRelayMessage({ from: "abc123", kind, to: kind === "sv-reply" ? "def456" : "", sentAt: 1_700_000_000_123.5, payload });
      expect(decodeRelayMessage(bytes)).toEqual({ ok: true, message: { from: "abc123", kind, to: kind === "sv-reply" ? "def456" : "", sentAt: 1_700_000_000_123.5, payload } });
    }
    const good = encodeRelayMessage({ from: "a", kind: "update", to: "", sentAt: 1, payload });
    expect(decodeRelayMessage(Uint8Array.of(...good, 0))).toMatchObject({ ok: false, reason: "trailing bytes" });
    expect(decodeRelayMessage(Uint8Array.of(2, ...good.slice(1)))).toMatchObject({ ok: false });
    const badKind = Uint8Array.from(good);
    badKind[3] = 99; // format, varstring length 1, "a", then the kind
    expect(decodeRelayMessage(badKind)).toMatchObject({ ok: false, reason: "unknown kind" });
    expect(decodeRelayMessage(good.slice(0, good.length - 2))).toMatchObject({ ok: false });
    expect(decodeRelayMessage(encodeRelayMessage({ from: "", kind: "update", to: "", sentAt: 1, payload }))).toMatchObject({ ok: false });
  });

  it("carries what a peer lacks with the replier's state vector, and compares state vectors", () => {
    const ours = new Y.Doc();
    const theirs = new Y.Doc();
    ours.getArray<number>("n").push([1, 2]);
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(ours));
    ours.getArray<number>("n").push([3]);
    const reply = decodeStateReply(encodeStateReply(Y.encodeStateAsUpdate(ours, Y.encodeStateVector(theirs)), Y.encodeStateVector(ours)));
    Y.applyUpdate(theirs, reply.update);
    expect(theirs.getArray("n").toArray()).toEqual([1, 2, 3]);
    expect(coversStateVector(Y.decodeStateVector(reply.stateVector), Y.decodeStateVector(Y.encodeStateVector(theirs)))).toBe(true);
    theirs.getArray<number>("n").push([4]);
    expect(coversStateVector(Y.decodeStateVector(reply.stateVector), Y.decodeStateVector(Y.encodeStateVector(theirs)))).toBe(false);
    expect(() => decodeStateReply(Uint8Array.of(1))).toThrow();
  });
});
