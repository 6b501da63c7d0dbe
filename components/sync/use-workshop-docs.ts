"use client";

import { useEffect, useState } from "react";
import { IndexeddbPersistence } from "y-indexeddb";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { closeNameOf, isFinalCloseCode, type CloseName } from "@/lib/sync/close-codes";
import { openProvider } from "@/lib/sync/provider";
import { discardEarlySockets, EarlyAwareWebSocket } from "./early-sockets";

/** The rooms a device may open, exactly as the server handed them out (browsers never build room names). */
export interface RoomGrant {
  readonly board: string;
  readonly control: string;
  readonly results: string;
  readonly private?: string;
}

/** One open document and its provider. */
export interface OpenDoc {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
}

/** The live documents of a workshop for this device, and the connection's state. */
export interface WorkshopDocs {
  readonly board: OpenDoc;
  readonly control: OpenDoc;
  readonly results: OpenDoc;
  readonly private: OpenDoc | null;
}

export type ConnectionState =
  | { readonly status: "connecting" | "connected" | "offline" }
  | { readonly status: "refused"; readonly reason: CloseName | "unknown" };

function open(syncUrl: string, room: string, token: string): OpenDoc {
  const doc = new Y.Doc();
  // openProvider: no BroadcastChannel, and only this device's own awareness state is sent (lib/sync/provider.ts).
  // EarlyAwareWebSocket: a participant's page may already have opened this very URL while its code loaded (early-sockets.ts).
  const provider = openProvider(syncUrl, room, doc, { params: { token }, maxBackoffTime: 5000, WebSocketPolyfill: EarlyAwareWebSocket });
  return { doc, provider };
}

/**
 * Opens the workshop's documents for one device in an effect (never during render: StrictMode would orphan
 * sockets) and closes them on unmount. The state is "refused" when the server closed with a final 44xx code.
 */
export function useWorkshopDocs(
  syncUrl: string,
  token: string,
  rooms: RoomGrant,
): { docs: WorkshopDocs | null; connection: ConnectionState; synced: boolean } {
  const [docs, setDocs] = useState<WorkshopDocs | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({ status: "connecting" });
  const [synced, setSynced] = useState(false);
  const { board, control, results, private: privateRoom } = rooms;

  useEffect(() => {
    const opened: WorkshopDocs = {
      board: open(syncUrl, board, token),
      control: open(syncUrl, control, token),
      results: open(syncUrl, results, token),
      private: privateRoom ? open(syncUrl, privateRoom, token) : null,
    };
    const all = [opened.board, opened.control, opened.results, opened.private].filter((d): d is OpenDoc => d !== null);
    discardEarlySockets(); // early connections for other URLs (a renewed token) would only hold seats
    // Offline phones: the documents this device writes are also kept in IndexedDB (keyed by room name), so edits
    // made offline survive a closed tab or a reload and are sent when the connection is back. Never control or
    // results: the server owns what participants see there.
    const local = [
      new IndexeddbPersistence(board, opened.board.doc),
      ...(opened.private && privateRoom ? [new IndexeddbPersistence(privateRoom, opened.private.doc)] : []),
    ];
    let refused: ConnectionState | null = null;
    const update = () => {
      if (refused) return setConnection(refused);
      const statuses = all.map((d) => (d.provider.wsconnected ? "connected" : d.provider.wsconnecting ? "connecting" : "offline"));
      setConnection({
        status: statuses.every((s) => s === "connected") ? "connected" : statuses.includes("offline") ? "offline" : "connecting",
      });
      setSynced(all.every((d) => d.provider.synced));
    };
    const cleanups = all.map(({ provider }) => {
      const onClosed = (event: { code: number }) => {
        if (!isFinalCloseCode(event.code)) return;
        refused = { status: "refused", reason: closeNameOf(event.code) ?? "unknown" };
        for (const d of all) d.provider.disconnect();
        update();
      };
      provider.on("status", update);
      provider.on("sync", update);
      provider.on("closed", onClosed);
      return () => {
        provider.off("status", update);
        provider.off("sync", update);
        provider.off("closed", onClosed);
      };
    });
    // The documents are an external resource created here (never during render), so publishing them is this effect's job.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDocs(opened);
    update();
    return () => {
      cleanups.forEach((c) => c());
      for (const persistence of local) void persistence.destroy();
      for (const d of all) {
        d.provider.destroy();
        d.doc.destroy();
      }
      setDocs(null);
    };
  }, [syncUrl, token, board, control, results, privateRoom]);

  return { docs, connection, synced };
}
