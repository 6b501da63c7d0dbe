"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { takeEarlyRenewal } from "@/components/sync/early-sockets";
import { colourFor } from "@/lib/sync/awareness";
import type { JoinResponse } from "@/lib/validation/responses";
import {
  clearParticipantSession,
  loadParticipantSession,
  renewParticipantSession,
  subscribeParticipantSessions,
  tokenNeedsRenewal,
  type RenewOutcome,
} from "./participant-session";
import type { RoomContent } from "./room-content";
import { WorkshopRoom } from "./workshop-room";
import { useRoomPartsPrefetch } from "./room-parts";
// Step 1's screen travels with the room's chunk instead of one round trip after it (STEP_SCREENS then finds it
// loaded): workshops start there, and the room prefetches every step anyway, so on another step this only reorders
// ~8 KB. A static import keeps it off the first load, which loading it from participant-room-loader would not.
import "./steps/step-describe";

const cache = new Map<string, { raw: string | null; value: JoinResponse | null }>();
/** How often an open room asks whether the workshop was closed or the participant removed (and refreshes the token). */
const STATUS_EVERY_MS = 60_000;
/** Renewals after a refusal, per visit. */
const MAX_RETRIES = 3;

/** Reads this device's participation once per stored value (stable snapshot for useSyncExternalStore). */
function readSession(workshopId: string): JoinResponse | null {
  const raw = window.localStorage.getItem(`csei.participant.${workshopId}`);
  const hit = cache.get(workshopId);
  if (hit && hit.raw === raw) return hit.value;
  const value = loadParticipantSession(workshopId);
  cache.set(workshopId, { raw, value });
  return value;
}

type Verdict = Exclude<RenewOutcome["kind"], "renewed" | "unavailable">;

/**
 * The participant's room: the stored join grant opens the live workshop; without one, a way to join. The device
 * renews its token with its device secret when the token is over an hour old (before connecting), every minute in
 * the background (which also tells it the workshop was closed), and when the sync server refuses it — which is how a
 * removed participant learns, in words, that they were removed.
 */
export function ParticipantRoom({
  workshopId,
  createContent,
  evaluateContent,
}: {
  workshopId: string;
  createContent: RoomContent;
  evaluateContent: RoomContent;
}) {
  const t = useTranslations("session");
  const tr = useTranslations("room");
  const stored = useSyncExternalStore(subscribeParticipantSessions, () => readSession(workshopId), () => undefined);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [bootToken, setBootToken] = useState<string | null>(null);
  const started = useRef(false);

  const apply = useCallback(
    (outcome: RenewOutcome) => {
      if (outcome.kind === "renewed" || outcome.kind === "unavailable") return;
      setVerdict(outcome.kind);
      if (outcome.kind !== "removed") clearParticipantSession(workshopId);
    },
    [workshopId],
  );

  useEffect(() => {
    if (!stored || started.current) return;
    started.current = true;
    // The page's inline script may have renewed an old token already (components/sync/early-sockets.ts): that was
    // this visit's renewal, and the fresh grant reaches `stored` through the storage event. Otherwise as always.
    void takeEarlyRenewal(workshopId).then((renewedEarly) => {
      if (renewedEarly) return;
      const current = loadParticipantSession(workshopId) ?? stored;
      const blocking = tokenNeedsRenewal(current);
      void renewParticipantSession(current).then((outcome) => {
        apply(outcome);
        if (blocking) setBootToken(outcome.kind === "renewed" ? outcome.session.token : current.token);
      });
    });
  }, [stored, apply, workshopId]);

  useEffect(() => {
    const check = () => {
      const current = loadParticipantSession(workshopId);
      if (current && document.visibilityState === "visible") void renewParticipantSession(current).then(apply);
    };
    const timer = window.setInterval(check, STATUS_EVERY_MS);
    document.addEventListener("visibilitychange", check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
    };
  }, [workshopId, apply]);

  if (verdict) return <SessionEnded verdict={verdict} />;
  if (stored === undefined) return <p>{tr("status.connecting")}</p>;
  if (stored === null) {
    return (
      <div className="mx-auto max-w-md py-6">
        <p>{t("notJoined")}</p>
        <JoinLink label={t("joinAgain")} />
      </div>
    );
  }
  const initialToken = bootToken ?? (tokenNeedsRenewal(stored) ? null : stored.token);
  if (initialToken === null) return <p role="status">{t("reconnecting")}</p>;
  return (
    <LiveParticipant
      session={stored}
      initialToken={initialToken}
      content={stored.workshop.mode === "evaluate" ? evaluateContent : createContent}
      onOutcome={apply}
    />
  );
}

/** The live room for one participant; its token is pinned at mount and replaced only after the server refused it. */
function LiveParticipant({
  session,
  initialToken,
  content,
  onOutcome,
}: {
  session: JoinResponse;
  initialToken: string;
  content: RoomContent;
  onOutcome: (outcome: RenewOutcome) => void;
}) {
  const t = useTranslations("session");
  const to = useTranslations("outcome");
  const [token, setToken] = useState(initialToken);
  const retried = useRef<{ token: string | null; count: number }>({ token: null, count: 0 });
  const onRefused = useCallback(() => {
    // One renewal per refused token, and a few per visit: a server that keeps refusing fresh tokens must not loop.
    if (retried.current.token === token || retried.current.count >= MAX_RETRIES) return;
    retried.current = { token, count: retried.current.count + 1 };
    void renewParticipantSession(loadParticipantSession(session.workshopId) ?? session).then((outcome) => {
      if (outcome.kind === "renewed") setToken(outcome.session.token);
      else onOutcome(outcome);
    });
  }, [token, session, onOutcome]);
  const closed = session.workshop.closed;
  const partsReady = useRoomPartsPrefetch();
  return (
    <div className="space-y-3" data-room-parts={partsReady ? "ready" : "loading"}>
      {closed ? (
        <p role="status" className="rounded-lg border border-amber-700 bg-amber-50 p-3 font-medium text-amber-950" data-testid="closed-notice">
          {t("closedNotice")}
        </p>
      ) : null}
      <WorkshopRoom
        syncUrl={session.syncUrl}
        token={token}
        rooms={session.rooms}
        me={{ name: session.participant.name, role: closed ? "observer" : "participant", sector: session.participant.sector, color: colourFor(session.participantId) }}
        selfId={session.participantId}
        title={session.workshop.title}
        mode={session.workshop.mode}
        content={content}
        onRefused={onRefused}
        earlier={session.workshop.mode === "evaluate" ? { kind: "fetch", workshopId: session.workshopId } : undefined}
      />
      <p>
        <Link href={`/room/${session.workshopId}/outcome`} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2" data-testid="outcome-link">
          {to("link")}
        </Link>
      </p>
    </div>
  );
}

/** Why this device can no longer take part, in words. */
function SessionEnded({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("session");
  const [title, body] =
    verdict === "removed" ? [t("removedTitle"), t("removedBody")] : verdict === "gone" ? [t("goneTitle"), t("goneBody")] : [t("invalidDevice"), null];
  return (
    <div className="mx-auto max-w-md py-6" role="alert" data-testid="session-ended" data-verdict={verdict}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {body ? <p className="mt-2">{body}</p> : null}
      {verdict === "removed" ? null : <JoinLink label={t("joinAgain")} />}
    </div>
  );
}

function JoinLink({ label }: { label: string }) {
  return (
    <Link href="/join" className="mt-3 inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white">
      {label}
    </Link>
  );
}
