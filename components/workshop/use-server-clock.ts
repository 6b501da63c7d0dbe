"use client";

import { useSyncExternalStore } from "react";
import { z } from "zod";
import { estimateClockOffset, type ClockSample } from "@/lib/workshop/clock";

const timeResponse = z.object({ now: z.number().finite() });
const SAMPLES = 4;
const RESAMPLE_MS = 10 * 60 * 1000;

let offsetMs = 0;
let started = false;
const listeners = new Set<() => void>();

async function sampleOnce(): Promise<ClockSample | null> {
  try {
    const sentAt = Date.now();
    const res = await fetch("/api/time", { cache: "no-store" });
    const receivedAt = Date.now();
    const parsed = timeResponse.safeParse(await res.json());
    return parsed.success ? { sentAt, receivedAt, serverTime: parsed.data.now } : null;
  } catch {
    return null;
  }
}

/** Takes a few sequential samples (the first may include connection set-up) and publishes the best estimate. */
async function measure(): Promise<void> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const s = await sampleOnce();
    if (s) samples.push(s);
  }
  const estimate = estimateClockOffset(samples);
  if (estimate && estimate.offsetMs !== offsetMs) {
    offsetMs = estimate.offsetMs;
    for (const l of listeners) l();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void measure();
    setInterval(() => void measure(), RESAMPLE_MS);
  }
  return () => listeners.delete(listener);
}

/**
 * This device's estimated offset to the web server's clock, in ms (`Date.now() + offset` ≈ server time). Measured
 * once per page load from GET /api/time (and every ten minutes), shared by every component; 0 until measured.
 * The sync server's clock is not used: the web app and the sync server run on one host (docs/architecture.md).
 */
export function useServerClockOffset(): number {
  return useSyncExternalStore(subscribe, () => offsetMs, () => 0);
}
