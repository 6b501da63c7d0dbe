import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openSqlite } from "../lib/db/sqlite";
import { roomName } from "../lib/sync/rooms";
import { freshWorkshop, instrumentStore, startServer, tokenFor, waitFor } from "./test-helpers";
import { openClient, type Client } from "./test-clients";

const clients: Client[] = [];
const sqlite = openSqlite(":memory:");
afterAll(() => {
  for (const c of clients) c.destroy();
  sqlite.close();
});

describe("load before sync", () => {
  it("loads a room once for concurrent clients and syncs none of them before the stored state is in", async () => {
    const w = freshWorkshop();
    const board = roomName({ kind: "board", workshopId: w.wid });
    const seed = new Y.Doc();
    seed.getText("t").insert(0, "hello");
    await sqlite.docs.appendUpdate(board, Y.encodeStateAsUpdate(seed));
    const store = instrumentStore(sqlite.docs, { loadMs: 200 });
    const server = await startServer({ docs: store.docs });
    try {
      const token = await tokenFor("participant", w.wid, w.p1);
      for (let i = 0; i < 5; i++) {
        const client = openClient(server.url, board, token);
        // The usual "seed an empty document on first sync" pattern: it duplicates content if a server answers
        // before it has loaded the stored state.
        client.provider.on("sync", (synced: boolean) => {
          if (synced && client.doc.getText("t").length === 0) client.doc.getText("t").insert(0, "hello");
        });
        // Edits made while the room is still loading are queued by the server, not lost.
        client.doc.getMap("early").set(`c${i}`, i);
        clients.push(client);
      }
      await waitFor(() => {
        for (const c of clients) {
          expect(c.provider.synced).toBe(true);
          expect(c.doc.getText("t").toString()).toBe("hello");
          expect(c.doc.getMap("early").size).toBe(5);
        }
      });
      expect(store.count(`load:${board}`)).toBe(1);
    } finally {
      for (const c of clients) c.destroy();
      clients.length = 0;
      await server.close();
    }
  });
});
