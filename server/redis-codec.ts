import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * The messages sync processes exchange over Redis pub/sub (docs/sync.md "Scale-out"). One message per publish on the
 * room's channel, binary: a format byte, the sender's instance id, the kind, the addressee ('' = every peer), the
 * sender's clock (ms, for the lag metric) and the payload. Receivers drop their own messages (no echo loops).
 */
export const RELAY_FORMAT = 1;

/** Message kinds, by their code on the wire (the index). */
export const RELAY_KINDS = ["update", "awareness", "sv-request", "sv-reply", "room-opened"] as const;
/** What a relay message carries: a stored Yjs update, a merged awareness batch, an anti-entropy question or answer, or a notice that a process opened a room of a workshop. */
export type RelayKind = (typeof RELAY_KINDS)[number];

/** A decoded relay message. */
export interface RelayMessage {
  /** The sending process's instance id. */
  readonly from: string;
  readonly kind: RelayKind;
  /** The addressed instance id, or '' for every peer. */
  readonly to: string;
  /** The sender's Date.now() when it published. */
  readonly sentAt: number;
  readonly payload: Uint8Array;
}

/** Transaction origin of changes that came from a peer process: broadcast to local clients, never stored or re-published. */
export const RELAY_ORIGIN: unique symbol = Symbol("csei.relay");

/** Encodes one relay message. */
export function encodeRelayMessage(message: RelayMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, RELAY_FORMAT);
  encoding.writeVarString(encoder, message.from);
  encoding.writeUint8(encoder, RELAY_KINDS.indexOf(message.kind));
  encoding.writeVarString(encoder, message.to);
  encoding.writeFloat64(encoder, message.sentAt);
  encoding.writeVarUint8Array(encoder, message.payload);
  return encoding.toUint8Array(encoder);
}

/** Decodes a relay message; never throws. Unknown formats or kinds, truncated or trailing bytes are refused. */
export function decodeRelayMessage(bytes: Uint8Array): { ok: true; message: RelayMessage } | { ok: false; reason: string } {
  try {
    const decoder = decoding.createDecoder(bytes);
    const format = decoding.readUint8(decoder);
    if (format !== RELAY_FORMAT) return { ok: false, reason: `unknown format ${format}` };
    const from = decoding.readVarString(decoder);
    const kind = RELAY_KINDS[decoding.readUint8(decoder)];
    if (kind === undefined) return { ok: false, reason: "unknown kind" };
    const to = decoding.readVarString(decoder);
    const sentAt = decoding.readFloat64(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return { ok: false, reason: "trailing bytes" };
    if (from.length === 0 || !Number.isFinite(sentAt)) return { ok: false, reason: "bad header" };
    return { ok: true, message: { from, kind, to, sentAt, payload } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : "undecodable" };
  }
}

/** The payload of an sv-reply: what the requester lacks (a Yjs update, with the whole delete set) and the replier's state vector. */
export function encodeStateReply(update: Uint8Array, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, update);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Reads an sv-reply payload; throws on anything malformed. */
export function decodeStateReply(payload: Uint8Array): { update: Uint8Array; stateVector: Uint8Array } {
  const decoder = decoding.createDecoder(payload);
  const update = decoding.readVarUint8Array(decoder);
  const stateVector = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes");
  return { update, stateVector };
}

/** True when `theirs` has seen every client's clock in `ours` (so they lack no insertions of ours). */
export function coversStateVector(theirs: Map<number, number>, ours: Map<number, number>): boolean {
  for (const [client, clock] of ours) if ((theirs.get(client) ?? 0) < clock) return false;
  return true;
}
