"use client";

import { joinResponseSchema, type JoinResponse } from "@/lib/validation/api";

const key = (workshopId: string) => `csei.participant.${workshopId}`;

/** Remembers this device's participation in a workshop, so a reload keeps identity and inputs. */
export function saveParticipantSession(grant: JoinResponse): void {
  window.localStorage.setItem(key(grant.workshopId), JSON.stringify(grant));
}

/** Reads this device's participation; anything missing, stale-shaped or tampered with reads as null. */
export function loadParticipantSession(workshopId: string): JoinResponse | null {
  try {
    const raw = window.localStorage.getItem(key(workshopId));
    if (!raw) return null;
    const parsed = joinResponseSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.workshopId === workshopId ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets this device's participation (e.g. after the server refused the token). */
export function clearParticipantSession(workshopId: string): void {
  window.localStorage.removeItem(key(workshopId));
}
