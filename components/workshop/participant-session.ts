"use client";

import { joinResponseSchema, renewResponseSchema, type JoinResponse } from "@/lib/validation/responses";
import { postJson } from "./use-submit";

const key = (workshopId: string) => `csei.participant.${workshopId}`;
const CHANGED = "csei:participant-session";

/** Remembers this device's participation in a workshop, so a reload keeps identity and inputs. */
export function saveParticipantSession(grant: JoinResponse): void {
  window.localStorage.setItem(key(grant.workshopId), JSON.stringify(grant));
  window.dispatchEvent(new Event(CHANGED));
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
  window.dispatchEvent(new Event(CHANGED));
}

/** Calls `listener` when a stored participation changes (in this tab or another). */
export function subscribeParticipantSessions(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  window.addEventListener("storage", listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener("storage", listener);
  };
}

/** A token older than this is renewed when the room opens (tokens last 12 h; a long day stays well inside). */
export const RENEW_AFTER_SECONDS = 60 * 60;

/** Whether the stored token should be renewed before connecting: older than an hour, or expired. */
export function tokenNeedsRenewal(session: JoinResponse, nowSeconds: number = Math.floor(Date.now() / 1000)): boolean {
  return nowSeconds - session.tokenIssuedAt >= RENEW_AFTER_SECONDS || nowSeconds >= session.tokenExpiresAt - 60;
}

/** What a renewal said about this device's participation. */
export type RenewOutcome =
  | { readonly kind: "renewed"; readonly session: JoinResponse }
  | { readonly kind: "removed" | "gone" | "invalid-device" }
  | { readonly kind: "unavailable" };

/**
 * Asks for a fresh token with the device secret (POST /api/participants/renew) and stores it. "unavailable" covers
 * network failures and rate limits: the caller keeps using what it has.
 */
export async function renewParticipantSession(session: JoinResponse): Promise<RenewOutcome> {
  try {
    const res = await postJson("/api/participants/renew", {
      workshopId: session.workshopId,
      participantId: session.participantId,
      deviceSecret: session.deviceSecret,
    });
    if (res.status === 403) return { kind: "removed" };
    if (res.status === 404) return { kind: "gone" };
    if (res.status === 401) return { kind: "invalid-device" };
    const renewed = renewResponseSchema.safeParse(res.payload);
    if (!res.ok || !renewed.success) return { kind: "unavailable" };
    const { workshopClosed, ...token } = renewed.data;
    const next: JoinResponse = { ...session, ...token, workshop: { ...session.workshop, closed: workshopClosed } };
    saveParticipantSession(next);
    return { kind: "renewed", session: next };
  } catch {
    return { kind: "unavailable" };
  }
}
