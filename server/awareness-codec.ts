import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** One client's entry in a y-protocols awareness update. */
export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  /** The client's state; null means "this client left". */
  readonly state: Record<string, unknown> | null;
}

/**
 * Reads the entries of an awareness update (already validated by protocol.ts: every state is a JSON object or
 * null, nothing trails). Throws on anything else.
 */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    if (state !== null && (typeof state !== "object" || Array.isArray(state))) throw new Error("awareness state is not an object");
    entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
  }
  return entries;
}

/** Encodes entries exactly as y-protocols' encodeAwarenessUpdate does (count, then id, clock, JSON per entry). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/** One entry encoded on its own (id, clock, JSON as UTF-8), to be joined into several updates without encoding it again. */
export function encodeAwarenessEntry(clientId: number, clock: number, json: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  // writeVarString's layout: the UTF-8 byte length, then the bytes.
  encoding.writeVarUint8Array(encoder, json);
  return encoding.toUint8Array(encoder);
}

/** The bytes of a varUint, as lib0 writes it. */
const varUintBytes = (n: number): Uint8Array => encoding.encode((encoder) => encoding.writeVarUint(encoder, n));

/**
 * A whole y-websocket awareness frame (message type, payload length, entry count, then the entries' bytes) built
 * from pieces of entries encoded by encodeAwarenessEntry, with one allocation: the same bytes as
 * encodeAwareness(encodeAwarenessEntries(entries)).
 */
export function awarenessFrameOf(messageType: number, count: number, pieces: readonly Uint8Array[]): Uint8Array {
  const countBytes = varUintBytes(count);
  const bodyLength = pieces.reduce((n, p) => n + p.byteLength, 0);
  const typeBytes = varUintBytes(messageType);
  const lengthBytes = varUintBytes(countBytes.byteLength + bodyLength);
  // A Buffer: ws sends it as it is (see asBuffer in protocol.ts).
  const out = Buffer.allocUnsafe(typeBytes.byteLength + lengthBytes.byteLength + countBytes.byteLength + bodyLength);
  let at = 0;
  for (const piece of [typeBytes, lengthBytes, countBytes, ...pieces]) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}
