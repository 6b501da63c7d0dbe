"use client";

import { useEffect, useRef } from "react";
import type { ConnectionState } from "@/components/sync/use-workshop-docs";

/** Reloading sooner than this after the page opened would loop on a persistent refusal. */
const MIN_AGE_BEFORE_RELOAD_MS = 60_000;

/**
 * For screens left running for hours (projectors): keeps the display awake while visible (Screen Wake Lock, where
 * supported) and reloads the page when the sync server refuses the token as expired (4401), so the server mints a
 * fresh one. Other refusals stay on screen.
 */
export function useKeepAlive(connection: ConnectionState): void {
  const openedAt = useRef(0);
  useEffect(() => {
    openedAt.current = Date.now();
    let lock: WakeLockSentinel | null = null;
    const acquire = () => {
      if (document.visibilityState !== "visible" || !("wakeLock" in navigator)) return;
      navigator.wakeLock
        .request("screen")
        .then((l) => {
          lock = l;
        })
        .catch(() => undefined);
    };
    acquire();
    document.addEventListener("visibilitychange", acquire);
    return () => {
      document.removeEventListener("visibilitychange", acquire);
      void lock?.release().catch(() => undefined);
    };
  }, []);

  const expired = connection.status === "refused" && connection.reason === "unauthenticated";
  useEffect(() => {
    if (!expired) return;
    const wait = Math.max(0, MIN_AGE_BEFORE_RELOAD_MS - (Date.now() - openedAt.current));
    const timer = window.setTimeout(() => window.location.reload(), wait);
    return () => window.clearTimeout(timer);
  }, [expired]);
}
