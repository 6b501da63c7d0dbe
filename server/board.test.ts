import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { colourFor } from "../lib/sync/awareness";
import { roomName } from "../lib/sync/rooms";
import { visionFragment } from "../lib/sync/schema";
import { freshWorkshop, startServer, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openRaw, openSynced, type Client } from "./test-clients";

let t: TestServer;
const opened: Client[] = [];

beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  for (const c of opened) c.destroy();
  await t.close();
});

async function pair() {
  const w = freshWorkshop();
  const board = roomName({ kind: "board", workshopId: w.wid });
  const a = await openSynced(t.url, board, await tokenFor("participant", w.wid, w.p1));
  const b = await openSynced(t.url, board, await tokenFor("participant", w.wid, w.p2));
  opened.push(a, b);
  return { w, board, a, b };
}

/** An awareness frame announcing one client's state (as y-protocols/awareness encodes it). */
function awarenessFrame(clientId: number, clock: number, state: object | null): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

describe("board", () => {
  it("lets two participants co-edit text and a fragment, and they converge", async () => {
    const { a, b } = await pair();
    a.doc.getText("notes").insert(0, "hello");
    b.doc.getText("notes").insert(0, "world ");
    const para = new Y.XmlElement("paragraph");
    para.insert(0, [new Y.XmlText("vision from a")]);
    visionFragment(a.doc).insert(0, [para]);
    const other = new Y.XmlElement("paragraph");
    other.insert(0, [new Y.XmlText("vision from b")]);
    visionFragment(b.doc).insert(0, [other]);
    await waitFor(() => {
      expect(a.doc.getText("notes").toString()).toBe(b.doc.getText("notes").toString());
      expect(a.doc.getText("notes").length).toBe("hello".length + "world ".length);
      expect(visionFragment(a.doc).length).toBe(2);
      expect(visionFragment(a.doc).toString()).toBe(visionFragment(b.doc).toString());
    });
    expect(visionFragment(a.doc).toString()).toContain("vision from a");
    expect(visionFragment(a.doc).toString()).toContain("vision from b");
  });

  it("relays awareness, and removes the states of a connection that drops without saying goodbye", async () => {
    const { w, board, a, b } = await pair();
    // The server stamps identity from the token (docs/sync.md "Awareness"): the claimed name is replaced.
    a.provider.awareness.setLocalStateField("user", { name: "Ada", color: "#123456" });
    const p1User = { name: `participant ${w.p1.slice(0, 4)}`, role: "participant", sector: "education", participantId: w.p1 };
    await waitFor(() => expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ user: { ...p1User, color: "#123456" } }));

    const raw = openRaw(t.url, board, await tokenFor("participant", w.wid, w.p1));
    await raw.opened;
    raw.ws.send(awarenessFrame(424242, 1, { user: { name: "Raw" } }));
    await waitFor(() => expect(b.provider.awareness.getStates().get(424242)).toEqual({ user: { ...p1User, color: colourFor(w.p1) } }));
    // A newcomer gets the current states right after connecting.
    const late = await openSynced(t.url, board, await tokenFor("observer", w.wid, "late"));
    opened.push(late);
    await waitFor(() => expect(late.provider.awareness.getStates().has(424242)).toBe(true));

    raw.ws.terminate();
    await waitFor(() => expect(b.provider.awareness.getStates().has(424242)).toBe(false));
    await waitFor(() => expect(late.provider.awareness.getStates().has(424242)).toBe(false));
    expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(true);
  });

  it("does not relay awareness outside the board", async () => {
    const w = freshWorkshop();
    const control = roomName({ kind: "control", workshopId: w.wid });
    const a = await openSynced(t.url, control, await tokenFor("facilitator", w.wid, w.facilitator));
    const b = await openSynced(t.url, control, await tokenFor("participant", w.wid, w.p1));
    opened.push(a, b);
    a.provider.awareness.setLocalStateField("user", { name: "Fac" });
    b.provider.awareness.setLocalStateField("user", { name: "P1" });
    // Prove the frames went through (a round trip on each socket) before checking nothing arrived.
    a.doc.getMap("control").set("step", 2);
    await waitFor(() => expect(b.doc.getMap("control").get("step")).toBe(2));
    expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false);
    expect(a.provider.awareness.getStates().has(b.doc.clientID)).toBe(false);
  });
});
