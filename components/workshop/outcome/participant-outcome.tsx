"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { colourFor } from "@/lib/sync/awareness";
import type { JoinResponse } from "@/lib/validation/responses";
import { loadParticipantSession, renewParticipantSession, tokenNeedsRenewal } from "../participant-session";
import type { RoomContent } from "../room-content";
import { OutcomeView } from "./outcome-view";

/**
 * A participant's outcome report (/room/<id>/outcome): the device's own grant from joining (localStorage), renewed
 * first when old, opening only the shared documents — the sync server checks the token as for the room.
 */
export function ParticipantOutcome({ workshopId, createContent, evaluateContent }: { workshopId: string; createContent: RoomContent; evaluateContent: RoomContent }) {
  const t = useTranslations("outcome");
  const ts = useTranslations("session");
  const [session, setSession] = useState<JoinResponse | null | undefined>(undefined);
  useEffect(() => {
    const stored = loadParticipantSession(workshopId);
    if (!stored || !tokenNeedsRenewal(stored)) {
      // Reading localStorage is only possible after mount; this publishes it once.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setSession(stored);
      return;
    }
    void renewParticipantSession(stored).then((outcome) => setSession(outcome.kind === "renewed" ? outcome.session : outcome.kind === "unavailable" ? stored : null));
  }, [workshopId]);
  if (session === undefined) return <p>{t("loading")}</p>;
  if (session === null) return <p>{ts("notJoined")}</p>;
  const { private: _own, ...shared } = session.rooms;
  return (
    <OutcomeView
      syncUrl={session.syncUrl}
      token={session.token}
      rooms={shared}
      me={{ name: session.participant.name, role: "participant", color: colourFor(session.participantId), sector: session.participant.sector }}
      selfId={session.participantId}
      title={session.workshop.title}
      region=""
      createdAt={session.tokenIssuedAt * 1000}
      content={session.workshop.mode === "evaluate" ? evaluateContent : createContent}
      backHref={`/room/${workshopId}`}
    />
  );
}
