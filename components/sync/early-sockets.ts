/**
 * Opening a participant's sync connections while the page's JavaScript is still downloading.
 *
 * Browsers open WebSockets to one host and port one at a time (RFC 6455 §4.1: a second handshake waits until the
 * first is done), so the room's four documents cost four sequential round trips — 2.3 s on a Slow 4G phone — and
 * y-websocket only starts them once the room's code has arrived and mounted. The participant room's HTML therefore
 * carries {@link earlySocketsScript} (0.9 KB gzip): it reads this device's stored grant, renews an old token as the
 * room would, and starts the same four connections (same URLs as y-websocket builds, same order) as soon as the HTML
 * is parsed, buffering whatever the server says. {@link EarlyAwareWebSocket}, given to y-websocket as its WebSocket class, hands a waiting
 * connection over on the first `new` for its URL and replays the buffered events; any other URL gets a plain
 * WebSocket. Nothing changes for the server or the user: same sockets, same frames, same close codes
 * (docs/decisions/023-phone-weight.md).
 */

/** Where the inline script leaves its connections: URL → socket and the events it saw so far. */
const REGISTRY = "__cseiEarlySockets";
/** Connections nobody adopted by then are closed (a tampered grant the room rejects, a page that never mounted). */
const UNCLAIMED_MS = 20_000;

interface EarlySocket {
  readonly ws: WebSocket;
  readonly events: Event[];
}

type Registry = Record<string, EarlySocket | undefined>;

function registry(): Registry | undefined {
  return typeof window === "undefined" ? undefined : (window as unknown as Record<string, Registry | undefined>)[REGISTRY];
}

/** Where the inline script leaves its token renewal: which workshop, and whether it stored a fresh grant. */
const RENEWAL = "__cseiEarlyRenewal";

/**
 * The inline script for /room/<workshopId>'s HTML. It mirrors the room's own rules (components/workshop/
 * participant-session.ts; early-sockets.test.ts keeps both in step): no stored grant, another workshop's grant or a
 * non-ws URL → nothing happens and the room connects as before. A token the room would renew first (older than an
 * hour or about to expire) is renewed here, exactly as renewParticipantSession does (same request, same merge into the
 * stored grant), and the connections open with the fresh token; any other answer (removed, gone, offline) leaves the
 * grant alone and the room renews and explains as before. The room still zod-parses the grant and adopts only the URLs
 * it builds itself.
 */
export function earlySocketsScript(workshopId: string): string {
  return `(function(id){try{var K="csei.participant."+id,raw=localStorage.getItem(K),g=JSON.parse(raw||"null"),n=Math.floor(Date.now()/1000);
if(!g||g.workshopId!==id||typeof g.token!=="string"||typeof g.syncUrl!=="string"||!/^wss?:\\/\\//.test(g.syncUrl)||!g.rooms||
typeof g.tokenIssuedAt!=="number"||typeof g.tokenExpiresAt!=="number"||typeof g.participantId!=="string"||typeof g.deviceSecret!=="string")return;
var r=window.${REGISTRY}={};
function open(t){var b=g.syncUrl.replace(/\\/+$/,""),q="?token="+encodeURIComponent(t);
["board","control","results","private"].forEach(function(k){var room=g.rooms[k];if(typeof room!=="string")return;var u=b+"/"+room+q,w=new WebSocket(u),e=[];
w.binaryType="arraybuffer";w.onopen=w.onmessage=w.onclose=w.onerror=function(v){e.push(v)};r[u]={ws:w,events:e}});
setTimeout(function(){for(var u in r){var s=r[u];delete r[u];if(s){s.ws.onclose=s.ws.onerror=null;s.ws.close()}}},${UNCLAIMED_MS})}
if(n-g.tokenIssuedAt<3600&&n<g.tokenExpiresAt-60)return open(g.token);
window.${RENEWAL}={id:id,done:fetch("/api/participants/renew",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({workshopId:id,participantId:g.participantId,deviceSecret:g.deviceSecret})})
.then(function(s){return s.ok?s.json():null}).then(function(d){
if(!d||typeof d.token!=="string"||typeof d.tokenIssuedAt!=="number"||typeof d.tokenExpiresAt!=="number"||typeof d.workshopClosed!=="boolean"||localStorage.getItem(K)!==raw)return false;
g.token=d.token;g.tokenIssuedAt=d.tokenIssuedAt;g.tokenExpiresAt=d.tokenExpiresAt;g.workshop=Object.assign({},g.workshop,{closed:d.workshopClosed});
localStorage.setItem(K,JSON.stringify(g));window.dispatchEvent(new Event("csei:participant-session"));open(d.token);return true})
.catch(function(){return false})}}catch(x){}})(${JSON.stringify(workshopId)})`;
}

/**
 * Whether this page's inline script renewed the token of `workshopId`'s grant and stored it (then the room need not
 * renew on mount: that was the renewal). Waits for a renewal still on its way; answers once per page load.
 */
export function takeEarlyRenewal(workshopId: string): Promise<boolean> {
  if (typeof window === "undefined") return Promise.resolve(false);
  const holder = window as unknown as Record<string, { id: string; done: Promise<boolean> } | undefined>;
  const renewal = holder[RENEWAL];
  if (!renewal || renewal.id !== workshopId) return Promise.resolve(false);
  delete holder[RENEWAL];
  return renewal.done.then(
    (ok) => ok === true,
    () => false,
  );
}

type Handler = ((event: Event) => void) | null;

/**
 * A connection the inline script opened, as y-websocket sees it: the WebSocket members it uses, with the events
 * that arrived before adoption replayed in order once the code that created it has finished (y-websocket attaches its
 * handlers right after `new`, and must not see a refusal before the room listens for it).
 */
class AdoptedSocket {
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;
  binaryType: BinaryType = "arraybuffer";
  onopen: Handler = null;
  onmessage: Handler = null;
  onclose: Handler = null;
  onerror: Handler = null;
  private pending: Event[] | null;

  constructor(
    private readonly ws: WebSocket,
    events: Event[],
  ) {
    this.pending = events;
    const deliver = (event: Event) => {
      if (this.pending) this.pending.push(event);
      else this.dispatch(event);
    };
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = deliver;
    // A microtask: y-websocket attaches its handlers right after `new`, and the room attaches its listeners in the
    // same synchronous effect, so both are in place; an earlier replay would lose a refusal (a 44xx close).
    queueMicrotask(() => {
      const queued = this.pending ?? [];
      this.pending = null;
      for (const event of queued) this.dispatch(event);
    });
  }

  get readyState(): number {
    return this.ws.readyState;
  }

  get url(): string {
    return this.ws.url;
  }

  send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    this.ws.send(data);
  }

  close(code?: number, reason?: string): void {
    if (code === undefined) this.ws.close();
    else this.ws.close(code, reason);
  }

  private dispatch(event: Event): void {
    const handler = event.type === "open" ? this.onopen : event.type === "message" ? this.onmessage : event.type === "close" ? this.onclose : this.onerror;
    handler?.call(this, event);
  }
}

/**
 * y-websocket's WebSocket class (its `WebSocketPolyfill` option): the first `new` for a URL the inline script opened
 * takes that connection over; every other one (reconnects, other tokens, facilitators) is a plain WebSocket.
 */
export const EarlyAwareWebSocket = function EarlyAwareWebSocket(url: string | URL, protocols?: string | string[]) {
  const key = String(url);
  const all = registry();
  const early = all?.[key];
  if (!all || !early) return new WebSocket(url, protocols);
  delete all[key];
  return new AdoptedSocket(early.ws, early.events);
} as unknown as typeof WebSocket;

/** Closes early connections nobody adopted (the room connected with other URLs, e.g. after renewing its token). */
export function discardEarlySockets(): void {
  const all = registry();
  if (!all) return;
  for (const [url, early] of Object.entries(all)) {
    delete all[url];
    if (!early) continue;
    early.ws.onclose = early.ws.onerror = null;
    early.ws.close();
  }
}
