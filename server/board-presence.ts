import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type * as Y from "yjs";
import { colourFor, DRAG_FIELD, dragSchema } from "../lib/sync/awareness";
import type { Reveal } from "../lib/sync/schema";
import type { SyncClaims } from "../lib/validation/token";
import { awarenessFrameOf, decodeAwarenessEntries, encodeAwarenessEntries, encodeAwarenessEntry, type AwarenessEntry } from "./awareness-codec";
import type { Connection } from "./connection";
import type { SyncMetrics } from "./metrics";
import { MESSAGE, type AwarenessEchoCheck } from "./protocol";
import { RELAY_ORIGIN } from "./redis-codec";

const utf8 = new TextEncoder();

/** The awareness field with a device's presence (lib/sync/awareness presenceSchema); the server writes it. */
const USER_FIELD = "user";

/** What the board's presence needs from its room and workshop. */
export interface PresenceDeps {
  readonly metrics: SyncMetrics;
  /** Awareness changes are batched this long, then sent as one merged update (latest state per client). */
  readonly coalesceMs: number;
  /** Largest state (JSON characters) accepted for one client; larger ones are dropped. */
  readonly maxStateChars: number;
  /** The workshop's reveal flags now, or null when unknown: a drag is relayed only for a revealed profile. */
  readonly reveal: () => Reveal | null;
  /** Scale-out: publishes a merged batch of this process's own clients' changes to the peer processes. */
  readonly publish?: (update: Uint8Array) => void;
}

/** The `user` field as the server writes it: identity from the token, only the colour from the client. */
function userFromClaims(claims: SyncClaims, color: unknown): Record<string, unknown> {
  const colour = typeof color === "string" && /^#[0-9a-f]{6}$/i.test(color) ? color : colourFor(claims.sub);
  return claims.role === "participant"
    ? { name: claims.name, role: claims.role, sector: claims.sector, participantId: claims.sub, color: colour }
    : { name: claims.name, role: claims.role, color: colour };
}

/** Two connections of the same person (a reconnect while the old socket is not yet known dead). */
function samePerson(a: Connection, b: Connection): boolean {
  return a.claims.wid === b.claims.wid && a.claims.role === b.claims.role && a.claims.sub === b.claims.sub;
}

/**
 * Awareness on the board, with the server's rules (docs/sync.md "Awareness"):
 * - one client id per connection: the first one a connection announces is bound to it, entries for any other id
 *   are dropped (a reconnect of the same person takes its id over from the old socket);
 * - `user` is rewritten from the token; `drag` is kept only while its profile is revealed;
 * - changes are fanned out in batches of `coalesceMs`, one merged update per batch, never echoing a connection's
 *   own state back to it.
 */
export class BoardPresence {
  private readonly awareness: Awareness;
  private readonly owners = new Map<number, Connection>();
  private readonly bound = new Map<Connection, number>();
  private pending = new Set<number>();
  /** Ids in `pending` changed by this process's own clients (not relayed in, not timed out): published to peers. */
  private localPending = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  /** When each client id in `pending` first changed here since the last batch (for the relay-latency metric). */
  private changedAt = new Map<number, number>();

  constructor(
    doc: Y.Doc,
    private readonly connections: ReadonlySet<Connection>,
    private readonly deps: PresenceDeps,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on("update", this.onUpdate);
  }

  /** Sends a newcomer every current state. */
  greet(conn: Connection): void {
    const ids = [...this.awareness.getStates().keys()];
    if (ids.length > 0) conn.send(this.frameFor(ids));
  }

  /** Answers a query-awareness message with every current state. */
  query(conn: Connection): void {
    conn.send(this.frameFor([...this.awareness.getStates().keys()]));
  }

  /** Applies the entries (parsed by decodeMessage) that this connection may set, rewritten by the server's rules. */
  receive(conn: Connection, entries: readonly AwarenessEntry[]): void {
    const kept: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (!this.claim(conn, entry.clientId)) {
        this.deps.metrics.rejectedWrite("awareness-foreign-client");
        continue;
      }
      const state = entry.state === null ? null : this.sanitize(conn.claims, entry.state);
      if (state !== null && JSON.stringify(state).length > this.deps.maxStateChars) {
        this.deps.metrics.rejectedWrite("awareness-too-large");
        continue;
      }
      kept.push({ clientId: entry.clientId, clock: entry.clock, state });
    }
    if (kept.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept), conn);
  }

  /**
   * Applies a merged batch relayed from a peer process (already checked by the peer's rules). Entries for client ids
   * bound to a connection here are skipped: this process is the authority on its own clients (a device that moved
   * over from the peer must not be removed by the peer's late "left" entry).
   */
  receiveRemote(update: Uint8Array): void {
    const kept = decodeAwarenessEntries(update).filter((entry) => !this.owners.has(entry.clientId));
    if (kept.length > 0) applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept), RELAY_ORIGIN);
  }

  /** Publishes the current state of every client connected here (an anti-entropy round, or a peer asked). */
  publishLocal(): void {
    if (!this.deps.publish || this.owners.size === 0) return;
    this.deps.publish(encodeAwarenessEntries(this.entriesFor(this.owners.keys())));
  }

  /** A connection left: its client's state is removed and everybody is told (in the next batch). */
  leave(conn: Connection): void {
    const id = this.bound.get(conn);
    this.bound.delete(conn);
    if (id === undefined || this.owners.get(id) !== conn) return;
    this.owners.delete(id);
    if (this.awareness.getStates().has(id)) removeAwarenessStates(this.awareness, [id], null);
  }

  /** Stops batching and frees the awareness instance (its outdated-state timer included). */
  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.awareness.off("update", this.onUpdate);
    this.awareness.destroy();
    this.owners.clear();
    this.changedAt.clear();
    this.bound.clear();
  }

  /** Binds the connection's first client id; true when `clientId` is (now) this connection's. */
  private claim(conn: Connection, clientId: number): boolean {
    const mine = this.bound.get(conn);
    if (mine !== undefined) return mine === clientId;
    const owner = this.owners.get(clientId);
    if (owner && owner !== conn) {
      if (!samePerson(owner, conn)) return false;
      this.bound.delete(owner);
    }
    this.bound.set(conn, clientId);
    this.owners.set(clientId, conn);
    return true;
  }

  private sanitize(claims: SyncClaims, state: Record<string, unknown>): Record<string, unknown> {
    const { [USER_FIELD]: user, [DRAG_FIELD]: drag, ...rest } = state;
    const color = typeof user === "object" && user !== null && "color" in user ? user.color : undefined;
    const out: Record<string, unknown> = { ...rest, [USER_FIELD]: userFromClaims(claims, color) };
    if (drag !== undefined && this.dragVisible(drag)) out[DRAG_FIELD] = drag;
    return out;
  }

  /** A drag is visible only when it is well-formed and its profile's results are revealed. */
  private dragVisible(drag: unknown): boolean {
    const parsed = dragSchema.safeParse(drag);
    if (!parsed.success) return false;
    return this.deps.reveal()?.[parsed.data.profile] === true;
  }

  /** One awareness frame for these clients as they are now. */
  private frameFor(ids: Iterable<number>): Uint8Array {
    const parts = this.partsFor(this.entriesFor(ids));
    return awarenessFrameOf(MESSAGE.awareness, parts.length, parts);
  }

  /**
   * Recognises echoes for decodeMessage (AwarenessEchoCheck) by clock, not bytes, so no copy of what was last sent is
   * kept per client: another client's state at a clock the server already has.
   */
  readonly isEcho: AwarenessEchoCheck = (clientId, clock, sender) => {
    const own = this.bound.get(sender as Connection);
    if (own === undefined || own === clientId) return false;
    const known = this.awareness.meta.get(clientId);
    return known !== undefined && known.clock >= clock;
  };

  /** Encodes each entry once. */
  private partsFor(entries: readonly AwarenessEntry[]): Uint8Array[] {
    return entries.map(({ clientId, clock, state }) => encodeAwarenessEntry(clientId, clock, utf8.encode(JSON.stringify(state))));
  }

  /** These clients' entries as they are now; drags are checked again (a reveal may have been undone). */
  private entriesFor(ids: Iterable<number>): AwarenessEntry[] {
    const states = this.awareness.getStates();
    const entries: AwarenessEntry[] = [];
    for (const clientId of ids) {
      const clock = this.awareness.meta.get(clientId)?.clock ?? 0;
      let state = states.get(clientId) ?? null;
      if (state && DRAG_FIELD in state && !this.dragVisible(state[DRAG_FIELD])) {
        const { [DRAG_FIELD]: _hidden, ...visible } = state;
        state = visible;
      }
      entries.push({ clientId, clock, state });
    }
    return entries;
  }

  private readonly onUpdate = (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    // Peers time out their copies themselves; only changes made by our own clients (or their leaving) go out.
    const local = origin !== RELAY_ORIGIN && origin !== "timeout";
    const at = performance.now();
    for (const id of [...change.added, ...change.updated, ...change.removed]) {
      this.pending.add(id);
      if (!this.changedAt.has(id)) this.changedAt.set(id, at);
      if (local) this.localPending.add(id);
    }
    if (this.timer || this.pending.size === 0) return;
    this.timer = setTimeout(() => this.flush(), this.deps.coalesceMs);
  };

  /** Sends the batch: one shared frame, or one without the receiver's own client for a connection in the batch. */
  private flush(): void {
    this.timer = null;
    const ids = this.pending;
    const local = this.localPending;
    const changedAt = this.changedAt;
    this.pending = new Set();
    this.localPending = new Set();
    this.changedAt = new Map();
    if (ids.size === 0) return;
    if (local.size > 0 && this.deps.publish) this.deps.publish(encodeAwarenessEntries(this.entriesFor(local)));
    // Each entry is encoded once into one body; a connection in the batch gets the same bytes without its own entry
    // (two copies of the body around it, no re-encoding).
    const entries = this.entriesFor(ids);
    const parts = this.partsFor(entries);
    const starts: number[] = [0];
    for (const part of parts) starts.push((starts.at(-1) ?? 0) + part.byteLength);
    const body = new Uint8Array(starts.at(-1) ?? 0);
    parts.forEach((part, i) => body.set(part, starts[i] ?? 0));
    const index = new Map(entries.map((entry, i) => [entry.clientId, i]));
    const shared = awarenessFrameOf(MESSAGE.awareness, entries.length, [body]);
    for (const conn of this.connections) {
      const own = this.bound.get(conn);
      const i = own === undefined ? undefined : index.get(own);
      if (i === undefined) {
        conn.send(shared);
      } else if (entries.length > 1) {
        const cut = starts[i] ?? 0;
        const resume = starts[i + 1] ?? 0;
        conn.send(awarenessFrameOf(MESSAGE.awareness, entries.length - 1, [body.subarray(0, cut), body.subarray(resume)]));
      }
    }
    const sentAt = performance.now();
    for (const at of changedAt.values()) this.deps.metrics.awarenessRelayed((sentAt - at) / 1000);
  }
}
