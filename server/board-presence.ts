import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type * as Y from "yjs";
import { colourFor, DRAG_FIELD, dragSchema } from "../lib/sync/awareness";
import type { Reveal } from "../lib/sync/schema";
import type { SyncClaims } from "../lib/validation/token";
import { decodeAwarenessEntries, encodeAwarenessEntries, type AwarenessEntry } from "./awareness-codec";
import type { Connection } from "./connection";
import type { SyncMetrics } from "./metrics";
import { encodeAwareness } from "./protocol";

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
  private timer: NodeJS.Timeout | null = null;

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

  /** Applies the entries of an awareness update that this connection may set, rewritten by the server's rules. */
  receive(conn: Connection, update: Uint8Array): void {
    const kept: AwarenessEntry[] = [];
    for (const entry of decodeAwarenessEntries(update)) {
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

  /** One awareness frame for these clients as they are now; drags are checked again (a reveal may have been undone). */
  private frameFor(ids: Iterable<number>): Uint8Array {
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
    return encodeAwareness(encodeAwarenessEntries(entries));
  }

  private readonly onUpdate = (change: { added: number[]; updated: number[]; removed: number[] }): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) this.pending.add(id);
    if (this.timer || this.pending.size === 0) return;
    this.timer = setTimeout(() => this.flush(), this.deps.coalesceMs);
  };

  /** Sends the batch: one shared frame, or one without the receiver's own client for a connection in the batch. */
  private flush(): void {
    this.timer = null;
    const ids = this.pending;
    this.pending = new Set();
    if (ids.size === 0) return;
    const shared = this.frameFor(ids);
    for (const conn of this.connections) {
      const own = this.bound.get(conn);
      if (own === undefined || !ids.has(own)) {
        conn.send(shared);
      } else if (ids.size > 1) {
        conn.send(this.frameFor([...ids].filter((id) => id !== own)));
      }
    }
  }
}
