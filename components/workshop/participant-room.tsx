"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { colourFor } from "@/lib/sync/awareness";
import type { JoinResponse } from "@/lib/validation/api";
import { loadParticipantSession } from "./participant-session";
import type { RoomContent } from "./room-content";
import { WorkshopRoom } from "./workshop-room";

const noSubscribe = () => () => {};
const cache = new Map<string, { raw: string | null; value: JoinResponse | null }>();

/** Reads this device's participation once per stored value (stable snapshot for useSyncExternalStore). */
function readSession(workshopId: string): JoinResponse | null {
  const raw = window.localStorage.getItem(`csei.participant.${workshopId}`);
  const hit = cache.get(workshopId);
  if (hit && hit.raw === raw) return hit.value;
  const value = loadParticipantSession(workshopId);
  cache.set(workshopId, { raw, value });
  return value;
}

/** The participant's room: the stored join grant opens the live workshop; without one, a way to join. */
export function ParticipantRoom({
  workshopId,
  createContent,
  evaluateContent,
}: {
  workshopId: string;
  createContent: RoomContent;
  evaluateContent: RoomContent;
}) {
  const t = useTranslations("room");
  const session = useSyncExternalStore(noSubscribe, () => readSession(workshopId), () => undefined);
  if (session === undefined) return <p>{t("status.connecting")}</p>;
  if (session === null) {
    return (
      <div className="mx-auto max-w-md py-6">
        <p>{t("notJoined")}</p>
        <Link href="/join" className="mt-3 inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white">
          {t("joinAgain")}
        </Link>
      </div>
    );
  }
  return (
    <WorkshopRoom
      syncUrl={session.syncUrl}
      token={session.token}
      rooms={session.rooms}
      me={{ name: session.participant.name, role: "participant", sector: session.participant.sector, color: colourFor(session.participantId) }}
      title={session.workshop.title}
      mode={session.workshop.mode}
      content={session.workshop.mode === "evaluate" ? evaluateContent : createContent}
    />
  );
}
