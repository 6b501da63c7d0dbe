import { afterEach, describe, expect, it, vi } from "vitest";
import type { JoinResponse } from "../../lib/validation/responses";
import { tokenNeedsRenewal } from "../workshop/participant-session";
import { discardEarlySockets, EarlyAwareWebSocket, earlySocketsScript, takeEarlyRenewal } from "./early-sockets";

// vitest has no "@/" alias (vitest.config.ts); participant-session.ts imports its schemas through it.
vi.mock("@/lib/validation/responses", () => import("../../lib/validation/responses"));

const WORKSHOP = "abcdefgh12345678";

/** Enough of a browser WebSocket for the inline script and the adoption: records what was opened and sent. */
class FakeSocket {
  static opened: FakeSocket[] = [];
  readyState = 0;
  binaryType = "blob";
  sent: unknown[] = [];
  closed = false;
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: Event) => void) | null = null;
  onclose: ((e: Event) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  fire(type: string, extra: Record<string, unknown> = {}) {
    if (type === "open") this.readyState = 1;
    if (type === "close") this.readyState = 3;
    const handler = { open: this.onopen, message: this.onmessage, close: this.onclose, error: this.onerror }[type];
    handler?.({ type, ...extra } as unknown as Event);
  }
}

function grant(issuedAgo: number, now: number): JoinResponse {
  return {
    workshopId: WORKSHOP,
    participantId: "pppppppppppppppp",
    token: "tok+en/with=chars",
    tokenIssuedAt: now - issuedAgo,
    tokenExpiresAt: now - issuedAgo + 12 * 3600,
    deviceSecret: "s".repeat(40),
    syncUrl: "ws://sync.example:3001/",
    rooms: { board: `w/${WORKSHOP}/board`, control: `w/${WORKSHOP}/control`, results: `w/${WORKSHOP}/results`, private: `w/${WORKSHOP}/private/pppppppppppppppp` },
    workshop: { title: "T", mode: "create", closed: false },
    participant: { name: "N", sector: "public", organisation: "" },
  };
}

type FakeFetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; json: () => Promise<unknown> }>;

/** Runs the inline script in a fake page whose storage holds `stored`; returns that page's window and storage. */
function runScript(stored: string | null, fetch: FakeFetch = () => Promise.reject(new Error("no network"))) {
  const events: string[] = [];
  const win: Record<string, unknown> = { dispatchEvent: (e: Event) => events.push(e.type) };
  const items = new Map<string, string>(stored === null ? [] : [[`csei.participant.${WORKSHOP}`, stored]]);
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => items.set(k, v) };
  new Function("window", "localStorage", "WebSocket", "setTimeout", "fetch", earlySocketsScript(WORKSHOP))(win, storage, FakeSocket, () => 0, fetch);
  return { win, items, events };
}

const urlsFor = (session: JoinResponse, token: string) => Object.values(session.rooms).map((room) => `ws://sync.example:3001/${room}?token=${encodeURIComponent(token)}`);

afterEach(() => {
  FakeSocket.opened = [];
  vi.unstubAllGlobals();
});

describe("earlySocketsScript", () => {
  it("opens exactly the connections the room would, in y-websocket's URL form, and renews first exactly when the room would", () => {
    const now = Math.floor(Date.now() / 1000);
    for (const age of [0, 60, 3599 - 5, 3600, 5000, 12 * 3600 - 30, 13 * 3600]) {
      FakeSocket.opened = [];
      const session = grant(age, now);
      const asked: string[] = [];
      const { win } = runScript(JSON.stringify(session), (url) => {
        asked.push(url);
        return Promise.reject(new Error("offline"));
      });
      const renews = tokenNeedsRenewal(session);
      expect(FakeSocket.opened.map((s) => s.url), `token ${age} s old`).toEqual(renews ? [] : urlsFor(session, session.token));
      expect(asked, `token ${age} s old`).toEqual(renews ? ["/api/participants/renew"] : []);
      expect(win.__cseiEarlyRenewal !== undefined, `token ${age} s old`).toBe(renews);
    }
  });

  it("renews an old token as renewParticipantSession does, stores the merged grant and connects with the fresh token", async () => {
    const now = Math.floor(Date.now() / 1000);
    const session = grant(2 * 3600, now);
    let request: { url: string; body: unknown } | null = null;
    const fresh = { token: "fresh-token-123", tokenIssuedAt: now, tokenExpiresAt: now + 12 * 3600, workshopClosed: true };
    const { win, items, events } = runScript(JSON.stringify(session), (url, init) => {
      request = { url, body: JSON.parse(init.body) };
      expect(init).toMatchObject({ method: "POST", headers: { "content-type": "application/json" } });
      return Promise.resolve({ ok: true, json: () => Promise.resolve(fresh) });
    });
    vi.stubGlobal("window", win);
    await expect(takeEarlyRenewal(WORKSHOP)).resolves.toBe(true);
    expect(request).toEqual({ url: "/api/participants/renew", body: { workshopId: WORKSHOP, participantId: session.participantId, deviceSecret: session.deviceSecret } });
    const { workshopClosed, ...token } = fresh;
    expect(JSON.parse(items.get(`csei.participant.${WORKSHOP}`) ?? "null")).toEqual({ ...session, ...token, workshop: { ...session.workshop, closed: workshopClosed } });
    expect(events).toEqual(["csei:participant-session"]);
    expect(FakeSocket.opened.map((s) => s.url)).toEqual(urlsFor(session, fresh.token));
    await expect(takeEarlyRenewal(WORKSHOP)).resolves.toBe(false); // once per page load
  });

  it("leaves the grant alone when the renewal is refused, fails, or the grant changed meanwhile", async () => {
    const now = Math.floor(Date.now() / 1000);
    const session = JSON.stringify(grant(2 * 3600, now));
    const answers: FakeFetch[] = [
      () => Promise.resolve({ ok: false, json: () => Promise.resolve({ error: "removed" }) }),
      () => Promise.reject(new Error("offline")),
      () => Promise.resolve({ ok: true, json: () => Promise.resolve({ token: 5 }) }),
    ];
    for (const answer of answers) {
      const { win, items } = runScript(session, answer);
      vi.stubGlobal("window", win);
      await expect(takeEarlyRenewal(WORKSHOP)).resolves.toBe(false);
      expect(items.get(`csei.participant.${WORKSHOP}`)).toBe(session);
    }
    let release: () => void = () => undefined;
    const late = runScript(session, () => new Promise((resolve) => (release = () => resolve({ ok: true, json: () => Promise.resolve({ token: "fresh-token-123", tokenIssuedAt: now, tokenExpiresAt: now + 3600, workshopClosed: false }) }))));
    late.items.set(`csei.participant.${WORKSHOP}`, "changed by the room");
    vi.stubGlobal("window", late.win);
    const answered = takeEarlyRenewal(WORKSHOP);
    release();
    await expect(answered).resolves.toBe(false);
    expect(late.items.get(`csei.participant.${WORKSHOP}`)).toBe("changed by the room");
    expect(FakeSocket.opened).toEqual([]);
  });

  it("opens nothing for a missing, foreign or malformed grant", () => {
    const now = Math.floor(Date.now() / 1000);
    const asked: string[] = [];
    const fetch: FakeFetch = (url) => {
      asked.push(url);
      return Promise.reject(new Error("offline"));
    };
    runScript(null, fetch);
    runScript("{not json", fetch);
    runScript(JSON.stringify({ ...grant(0, now), workshopId: "zzzzzzzzzzzzzzzz" }), fetch);
    runScript(JSON.stringify({ ...grant(0, now), syncUrl: "https://evil.example" }), fetch);
    runScript(JSON.stringify({ ...grant(0, now), tokenIssuedAt: "0" }), fetch);
    runScript(JSON.stringify({ ...grant(2 * 3600, now), deviceSecret: null }), fetch);
    expect(FakeSocket.opened).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe("EarlyAwareWebSocket", () => {
  it("hands an early connection over once, replaying what arrived before in order, and opens plain sockets otherwise", async () => {
    const now = Math.floor(Date.now() / 1000);
    const { win } = runScript(JSON.stringify(grant(0, now)));
    vi.stubGlobal("window", win);
    vi.stubGlobal("WebSocket", FakeSocket);
    const [board] = FakeSocket.opened;
    if (!board) throw new Error("no early socket");
    expect(board.binaryType).toBe("arraybuffer");
    board.fire("open");
    board.fire("message", { data: new Uint8Array([1]).buffer });

    const seen: string[] = [];
    const adopted = new EarlyAwareWebSocket(board.url);
    adopted.onopen = () => seen.push(`open:${adopted.readyState}`);
    adopted.onmessage = () => seen.push("message");
    adopted.onclose = (e) => seen.push(`close:${(e as CloseEvent).code}`);
    expect(seen).toEqual([]); // nothing before y-websocket attached its handlers
    board.fire("close", { code: 4403 }); // arrives after adoption, before the replay: must stay in order
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(["open:3", "message", "close:4403"]);
    adopted.send("x");
    expect(board.sent).toEqual(["x"]);

    const again = new EarlyAwareWebSocket(board.url); // a reconnect: a fresh socket, never the adopted one again
    expect(again).toBeInstanceOf(FakeSocket);
    expect(FakeSocket.opened).toHaveLength(5);

    discardEarlySockets();
    expect(FakeSocket.opened.slice(1, 4).every((s) => s.closed)).toBe(true);
    expect(Object.keys(win.__cseiEarlySockets as object)).toEqual([]);
  });
});
