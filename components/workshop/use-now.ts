"use client";

import { useCallback, useSyncExternalStore } from "react";

/** The current time (epoch ms, this device's clock), re-read every `intervalMs` while `active`; 0 during SSR. */
export function useNow(intervalMs: number, active: boolean): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!active) return () => {};
      const id = setInterval(notify, intervalMs);
      return () => clearInterval(id);
    },
    [intervalMs, active],
  );
  // Rounded to the interval so the snapshot is stable between ticks (useSyncExternalStore compares with Object.is).
  return useSyncExternalStore(subscribe, () => Math.floor(Date.now() / intervalMs) * intervalMs, () => 0);
}
