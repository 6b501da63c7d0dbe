import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { roomName } from "../lib/sync/rooms";
import { readControl, readResults, setReveal, setStep, writeResults, type Results } from "../lib/sync/schema";
import { freshWorkshop, startServer, storedDoc, tokenFor, waitFor, type TestServer } from "./test-helpers";
import { openSynced, serverStateVia, type Client } from "./test-clients";

let t: TestServer;
const opened: Client[] = [];

/** Each test gets its own workshop: the hub derives results per workshop, so tests must not share one. */
function workshop() {
  const w = freshWorkshop();
  return {
    w,
    control: roomName({ kind: "control", workshopId: w.wid }),
    results: roomName({ kind: "results", workshopId: w.wid }),
    board: roomName({ kind: "board", workshopId: w.wid }),
  };
}

async function open(room: string, token: string): Promise<Client> {
  const client = await openSynced(t.url, room, token);
  opened.push(client);
  return client;
}

const forged: Results = {
  baseline: { revealed: true, respondents: 1, dimensions: { x: { n: 1, notAssessed: 0, median: 5, q1: 5, q3: 5, min: 5, max: 5 } } },
  target: { revealed: false, respondents: 0 },
  votes: { revealed: true, voters: 1, tally: { x: 99 } },
};

beforeAll(async () => {
  t = await startServer();
});
afterAll(async () => {
  for (const c of opened) c.destroy();
  await t.close();
});

describe("write rights", () => {
  it("drops a participant's write to control; a facilitator's write reaches the participant", async () => {
    const { w, control } = workshop();
    const participant = await open(control, await tokenFor("participant", w.wid, w.p1));
    const facilitator = await open(control, await tokenFor("facilitator", w.wid, w.facilitator));

    // (The participant's local copy keeps its own values for the keys it wrote; Yjs resolves concurrent sets by
    // client id, so the facilitator's write is checked on a key the participant did not touch.)
    setStep(participant.doc, 4);
    participant.doc.getMap("control").set("anonymous", false);
    const seenByServer = await serverStateVia(participant);
    expect(readControl(seenByServer)).toMatchObject({ step: 1, anonymous: true });

    setStep(facilitator.doc, 3);
    setReveal(facilitator.doc, "baseline", true);
    await waitFor(() => expect(readControl(participant.doc).reveal.baseline).toBe(true));
    const fresh = await open(control, await tokenFor("participant", w.wid, w.p2));
    expect(readControl(fresh.doc)).toMatchObject({ step: 3, anonymous: true, reveal: { baseline: true } });
    expect(readControl(facilitator.doc)).toMatchObject({ step: 3, anonymous: true, reveal: { baseline: true } });
    const stored = t.stores ? await storedDoc(t.stores.docs, control) : null;
    expect(stored && readControl(stored)).toMatchObject({ step: 3, anonymous: true });
  });

  it("never applies a client's write to results, not even a facilitator's", async () => {
    const { w, results } = workshop();
    const participant = await open(results, await tokenFor("participant", w.wid, w.p1));
    const facilitator = await open(results, await tokenFor("facilitator", w.wid, w.facilitator));
    writeResults(participant.doc, forged);
    participant.doc.getMap("results").set("extra", "median");
    expect((await serverStateVia(participant)).getMap("results").get("extra")).toBeUndefined();
    writeResults(facilitator.doc, forged);
    const seen = await serverStateVia(facilitator);
    expect(JSON.stringify(seen.getMap("results").toJSON())).not.toContain("median");
    expect(readResults(seen).votes.revealed).toBe(false);

    const fresh = await open(results, await tokenFor("participant", w.wid, w.p2));
    expect(JSON.stringify(fresh.doc.getMap("results").toJSON())).not.toContain("median");
    const stored = t.stores ? await storedDoc(t.stores.docs, results) : new Y.Doc();
    expect(JSON.stringify(stored.getMap("results").toJSON())).not.toContain("median");
  });

  it("lets an observer read the board but drops the observer's writes", async () => {
    const { w, board } = workshop();
    const writer = await open(board, await tokenFor("participant", w.wid, w.p1));
    const observer = await open(board, await tokenFor("observer", w.wid, "observer-1"));
    writer.doc.getText("t").insert(0, "from participant");
    await waitFor(() => expect(observer.doc.getText("t").toString()).toBe("from participant"));
    observer.doc.getText("t").insert(0, "from observer; ");
    expect((await serverStateVia(observer)).getText("t").toString()).toBe("from participant");
    expect(writer.doc.getText("t").toString()).toBe("from participant");
  });
});
