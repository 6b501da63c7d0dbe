"use client";

import { useCallback, useEffect, useRef } from "react";
import { WorkshopRoom, type WorkshopRoomProps } from "./workshop-room";

/** Reloading sooner than this after the page opened would loop on a persistent refusal. */
const MIN_AGE_BEFORE_RELOAD_MS = 60_000;

/**
 * The facilitator's room. When the sync server refuses it for good — the 12 h token expired during a long day, the
 * workshop was deleted, or their co-facilitation was withdrawn — the page reloads (once it has been open a minute):
 * the server then mints a fresh token, or answers "not found".
 */
export function FacilitatorRoom(props: Omit<WorkshopRoomProps, "onRefused">) {
  const openedAt = useRef(0);
  useEffect(() => {
    openedAt.current = Date.now();
  }, []);
  const onRefused = useCallback(() => {
    const wait = Math.max(0, MIN_AGE_BEFORE_RELOAD_MS - (Date.now() - openedAt.current));
    window.setTimeout(() => window.location.reload(), wait);
  }, []);
  return <WorkshopRoom {...props} onRefused={onRefused} />;
}
