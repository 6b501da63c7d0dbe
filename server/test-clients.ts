/** Test clients for the server tests (not a test file itself): real y-websocket providers and bare `ws` sockets. */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket, type ClientOptions } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { waitFor } from "./test-helpers";

/** A y-websocket client in Node. */
export interface Client {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/** Opens a real WebsocketProvider (no BroadcastChannel: everything must go through the server). */
export function openClient(url: string, room: string, token: string, doc: Y.Doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(url, room, doc, {
    params: { token },
    // ws's class is the WebSocket the provider needs, but its type differs from the DOM one in details y-websocket never uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Close codes a provider reports with its "closed" event (final closes only), collected from now on. */
export function finalCloses(client: Client): number[] {
  const codes: number[] = [];
  client.provider.on("closed", (event: { code: number }) => codes.push(event.code));
  return codes;
}

/** Opens a client and waits until it has received the server's state (sync step 2). */
export async function openSynced(url: string, room: string, token: string, doc?: Y.Doc): Promise<Client> {
  const client = openClient(url, room, token, doc);
  await waitFor(() => {
    if (!client.provider.synced) throw new Error(`${room} not synced`);
  });
  return client;
}

/** A bare `ws` client that records every frame it receives and how it was closed. */
export interface RawClient {
  readonly ws: WebSocket;
  readonly messages: Uint8Array[];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** Connects a bare `ws` client to `/<room>` with an optional token. */
export function openRaw(url: string, room: string, token?: string, options?: ClientOptions): RawClient {
  const query = token === undefined ? "" : `?token=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`${url}/${room}${query}`, options);
  const messages: Uint8Array[] = [];
  ws.on("message", (data: Buffer) => messages.push(new Uint8Array(data)));
  ws.on("error", () => {});
  const opened = new Promise<void>((resolve) => ws.once("open", () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, messages, opened, closed };
}

/** A sync step 1 frame with an empty state vector: "send me everything". */
export function requestEverything(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}

/** The update inside a sync step 2 frame, or null for any other frame. */
export function step2Payload(frame: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 1) return null;
  return decoding.readVarUint8Array(decoder);
}

/**
 * The server's whole state of a client's document, asked over that client's own socket. Frames on one socket are
 * handled in order, so the answer reflects everything the client sent before (including writes it had dropped).
 */
export async function serverStateVia(client: Client): Promise<Y.Doc> {
  const ws = client.provider.ws;
  if (!ws) throw new Error("client is not connected");
  const payload = await new Promise<Uint8Array>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!(data instanceof ArrayBuffer)) return;
      const update = step2Payload(new Uint8Array(data));
      if (!update) return;
      ws.removeEventListener("message", onMessage);
      resolve(update);
    };
    ws.addEventListener("message", onMessage);
    ws.send(requestEverything());
  });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, payload);
  return doc;
}
