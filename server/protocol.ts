import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { z } from "zod";
import type { AwarenessEntry } from "./awareness-codec";

/**
 * The y-websocket wire protocol, as spoken by the `y-websocket` client: one message per binary frame,
 * a varUint message type first. Sync payloads follow y-protocols/sync, awareness payloads y-protocols/awareness.
 */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** A client frame after validation. Every byte of the frame has been read; nothing trails. */
export type ClientMessage =
  | { readonly type: "sync-step1"; readonly stateVector: Uint8Array }
  | { readonly type: "sync-step2"; readonly update: Uint8Array }
  | { readonly type: "update"; readonly update: Uint8Array }
  | {
      readonly type: "awareness";
      readonly update: Uint8Array;
      /** The entries, parsed; echoes (see AwarenessEchoCheck) are left out. */
      readonly entries: readonly AwarenessEntry[];
    }
  | { readonly type: "query-awareness" }
  | { readonly type: "auth" };

/** The outcome of decoding a frame: a message, or why the frame is refused (the connection gets closed). */
export type DecodeResult = { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly reason: string };

/** An awareness state is a JSON object, or null for "this client left". */
const awarenessStateSchema = z.record(z.string(), z.unknown()).nullable();

/**
 * Recognises awareness echoes: is this entry, from this sender, another client's state at a clock the server already
 * has? Stock y-websocket clients send every awareness change they receive back to the server, so in a room of N
 * people each batch comes back N times; an echo can never be applied (it is another client's state, and its clock is
 * not newer), so it is neither parsed nor counted as a write. Only for a sender already bound to a client id: its
 * first entry binds it (BoardPresence.claim).
 */
export type AwarenessEchoCheck = (clientId: number, clock: number, sender: unknown) => boolean;

const utf8 = new TextDecoder("utf-8", { fatal: true });

class FrameError extends Error {}

function expectEnd(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new FrameError("trailing bytes");
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  expectEnd(decoder);
  switch (step) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload);
      return { type: "sync-step1", stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate:
      // Parse the whole update before anything is applied, so a malformed one is refused whole.
      Y.decodeUpdate(payload);
      return { type: step === syncProtocol.messageYjsUpdate ? "update" : "sync-step2", update: payload };
    default:
      throw new FrameError(`unknown sync step ${step}`);
  }
}

function readAwareness(decoder: decoding.Decoder, isEcho?: AwarenessEchoCheck, sender?: unknown): ClientMessage {
  const update = decoding.readVarUint8Array(decoder);
  expectEnd(decoder);
  const inner = decoding.createDecoder(update);
  const count = decoding.readVarUint(inner);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(inner);
    const clock = decoding.readVarUint(inner);
    const json = decoding.readVarUint8Array(inner);
    if (isEcho?.(clientId, clock, sender)) continue;
    const state: unknown = JSON.parse(utf8.decode(json));
    const parsed = awarenessStateSchema.safeParse(state);
    if (!parsed.success) throw new FrameError("awareness state is not an object");
    entries.push({ clientId, clock, state: parsed.data });
  }
  expectEnd(inner);
  return { type: "awareness", update, entries };
}

/**
 * Decodes and validates one client frame; never throws. `isEcho` lets awareness echoes skip parsing; `sender` is
 * passed to it (what the frame's sender was sent depends on who it is).
 */
export function decodeMessage(frame: Uint8Array, isEcho?: AwarenessEchoCheck, sender?: unknown): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync:
        return { ok: true, message: readSync(decoder) };
      case MESSAGE.awareness:
        return { ok: true, message: readAwareness(decoder, isEcho, sender) };
      case MESSAGE.queryAwareness:
        expectEnd(decoder);
        return { ok: true, message: { type: "query-awareness" } };
      case MESSAGE.auth:
        // Clients never send auth messages in y-websocket; read the shape and let the room ignore it.
        decoding.readVarUint(decoder);
        decoding.readVarString(decoder);
        expectEnd(decoder);
        return { ok: true, message: { type: "auth" } };
      default:
        return { ok: false, reason: `unknown message type ${type}` };
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : "undecodable frame" };
  }
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/**
 * The same bytes as a Buffer (a view, no copy). ws sends a Buffer as it is but wraps any other Uint8Array in a new
 * Buffer view on every send: a frame broadcast to 200 sockets is wrapped once instead of 200 times. Only for frames
 * that go nowhere but to sockets: a Buffer's `slice` is a view, not a copy like a Uint8Array's.
 */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    syncProtocol.writeSyncStep1(e, doc);
  });
}

/** Sync step 2: everything in `doc` that a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    syncProtocol.writeSyncStep2(e, doc, stateVector);
  });
}

/** One incremental document update. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    syncProtocol.writeUpdate(e, update);
  });
}

/** An awareness update (as encoded by y-protocols/awareness encodeAwarenessUpdate). */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MESSAGE.awareness);
    encoding.writeVarUint8Array(e, update);
  });
}
