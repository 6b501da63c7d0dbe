import * as Y from "yjs";
import type { BoardPresence } from "./board-presence";
import { errorText, type Logger } from "./log";
import type { PersistChain } from "./persist-chain";
import { coversStateVector, decodeStateReply, encodeStateReply, RELAY_ORIGIN, type RelayMessage } from "./redis-codec";
import type { RelayHandler, RelayLink } from "./redis-link";

/** Applies a peer's update as RELAY_ORIGIN (broadcast locally, never stored or re-published); false when it is malformed. */
function applyRelayed(doc: Y.Doc, update: Uint8Array, log: Logger, room: string): boolean {
  try {
    Y.applyUpdate(doc, update, RELAY_ORIGIN);
    return true;
  } catch (error) {
    log.warn("dropped a malformed relayed update", { room, error: errorText(error) });
    return false;
  }
}

/** What this document lacks of a peer's, with this document's own state vector, as an sv-reply payload. */
function stateReply(doc: Y.Doc, theirStateVector: Uint8Array): Uint8Array {
  return encodeStateReply(Y.encodeStateAsUpdate(doc, theirStateVector), Y.encodeStateVector(doc));
}

/**
 * Before a freshly loaded room (stored state applied, no connection yet) answers anybody: asks the processes that
 * hold the room for what it lacks and waits for every one of them (PUBSUB NUMSUB says how many) or `timeoutMs`.
 * Updates relayed meanwhile are applied; questions from peers are answered from what is already here (all of it is
 * stored: the log, or peers' updates, which they relay only once stored). Awareness messages are returned, to be
 * replayed once the room exists.
 */
export async function syncFromPeers(link: RelayLink, doc: Y.Doc, timeoutMs: number, log: Logger, room: string): Promise<RelayMessage[]> {
  const early: RelayMessage[] = [];
  let replies = 0;
  let wake = () => {};
  link.setHandler({
    receive(message) {
      switch (message.kind) {
        case "update":
          applyRelayed(doc, message.payload, log, room);
          return;
        case "sv-reply":
          try {
            applyRelayed(doc, decodeStateReply(message.payload).update, log, room);
          } catch (error) {
            log.warn("dropped a malformed sv-reply", { room, error: errorText(error) });
          }
          replies += 1;
          return wake();
        case "sv-request":
          try {
            link.publish("sv-reply", stateReply(doc, message.payload), message.from);
          } catch (error) {
            log.warn("dropped a malformed sv-request", { room, error: errorText(error) });
          }
          return;
        default:
          early.push(message);
      }
    },
    antiEntropy() {},
  });
  const peers = await link.peers();
  if (peers === 0) return early;
  link.publish("sv-request", Y.encodeStateVector(doc));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    wake = () => {
      if (replies < peers) return;
      clearTimeout(timer);
      resolve();
    };
    wake();
  });
  log.debug("synced from peers", { room, detail: `${replies}/${peers}` });
  return early;
}

/**
 * A loaded room's side of the relay: applies peers' updates and awareness, answers their anti-entropy questions, and
 * asks its own. Answers are computed when the question arrives and published from the room's persist chain, so a
 * peer never receives a change of ours before it is stored (the same rule as for our own clients).
 */
export class RoomRelay implements RelayHandler {
  constructor(
    private readonly room: string,
    private readonly link: RelayLink,
    private readonly doc: Y.Doc,
    private readonly chain: PersistChain,
    private readonly presence: BoardPresence | null,
    private readonly log: Logger,
  ) {}

  /** Publishes an update this process accepted, once it is stored. */
  publishStored(update: Uint8Array): void {
    this.link.publish("update", update);
  }

  /** Publishes a merged awareness batch of this process's own clients. */
  publishAwareness(update: Uint8Array): void {
    this.link.publish("awareness", update);
  }

  receive(message: RelayMessage): void {
    try {
      switch (message.kind) {
        case "update":
          applyRelayed(this.doc, message.payload, this.log, this.room);
          return;
        case "awareness":
          this.presence?.receiveRemote(message.payload);
          return;
        case "sv-request":
          return this.answer(message);
        case "sv-reply":
          return this.merge(message);
        case "room-opened":
          return;
      }
    } catch (error) {
      this.log.warn("dropped a malformed relay message", { room: this.room, detail: message.kind, error: errorText(error) });
    }
  }

  antiEntropy(): void {
    this.link.publish("sv-request", Y.encodeStateVector(this.doc));
    this.presence?.publishLocal();
  }

  /** Leaves the room's channel (the room unloads). */
  leave(): void {
    this.link.leave();
  }

  private answer(message: RelayMessage): void {
    const reply = stateReply(this.doc, message.payload);
    this.chain.run(() => this.link.publish("sv-reply", reply, message.from));
    // The asker may have missed our clients' presence as well (it just loaded, or Redis was away).
    this.presence?.publishLocal();
  }

  private merge(message: RelayMessage): void {
    const { update, stateVector } = decodeStateReply(message.payload);
    applyRelayed(this.doc, update, this.log, this.room);
    // When the peer lacks insertions of ours, send them at once rather than waiting for its own round. (Deletions
    // leave no trace in a state vector; the peer's own round fetches them with our whole delete set.)
    if (coversStateVector(Y.decodeStateVector(stateVector), Y.decodeStateVector(Y.encodeStateVector(this.doc)))) return;
    const missing = Y.encodeStateAsUpdate(this.doc, stateVector);
    this.chain.run(() => this.link.publish("update", missing));
  }
}
