/**
 * The y-websocket provider every client of ours uses (browsers, bench/sync's load generators, server tests), with one
 * change: a device sends only **its own** awareness state.
 *
 * y-websocket 3.1's provider sends every awareness change it hears, whoever made it (its `update` handler ignores the
 * origin). Behind a relaying server that is pure echo: in a room of 200 people dragging at 20 Hz, each phone would
 * send back the ~200 states of every 40 ms batch it receives — about 5,000 entries (~300 KB) a second of upload per
 * phone, which the server then has to recognise as echo and drop. The server relays everyone's state to everyone
 * (docs/sync.md "Awareness"), so nothing depends on the echo; removals of other clients (a connection lost, a state
 * timed out) are likewise the server's to announce. Our own state still goes out whenever it changes, is renewed
 * (y-protocols re-sends it every 15 s), is removed, or is brought back after another peer announced it removed.
 */
import * as encoding from "lib0/encoding";
import { encodeAwarenessUpdate } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";

/** y-websocket's message type for awareness (its `messageAwareness`). */
const MESSAGE_AWARENESS = 1;

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;

/** What the provider's awareness emits on `update`. */
interface AwarenessChange {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/**
 * Replaces the provider's awareness sender with one that sends only this client's own entry. The provider's
 * `_awarenessUpdateHandler` field is replaced too, so `destroy()` unregisters ours. Only for providers without a
 * BroadcastChannel (`disableBc`): the stock sender also publishes there, and ours never does.
 */
export function sendOwnAwarenessOnly(provider: WebsocketProvider): void {
  const { awareness } = provider;
  awareness.off("update", provider._awarenessUpdateHandler);
  const handler = ({ added, updated, removed }: AwarenessChange): void => {
    const own = awareness.clientID;
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return;
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return; // on (re)connect the provider sends its state itself
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [own]));
    ws.send(encoding.toUint8Array(encoder));
  };
  provider._awarenessUpdateHandler = handler;
  awareness.on("update", handler);
}

/**
 * Opens a room: a y-websocket provider with no BroadcastChannel (tabs must not share documents behind the server's
 * back; every byte goes through its rights check) that sends only its own awareness state.
 */
export function openProvider(url: string, room: string, doc: Y.Doc, options: Omit<ProviderOptions, "disableBc">): WebsocketProvider {
  const provider = new WebsocketProvider(url, room, doc, { ...options, disableBc: true });
  sendOwnAwarenessOnly(provider);
  return provider;
}
