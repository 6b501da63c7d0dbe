import { z } from "zod";

/**
 * A step's countdown as the control document stores it, in epoch milliseconds of the server's clock (each device
 * corrects its own clock with an estimated offset, lib/workshop/clock.ts). Exactly one of the two is set:
 * `endsAt` while it runs, `pausedRemainingMs` while it is paused. A timer that has reached its end stays
 * "running" with nothing left until the facilitator clears it.
 */
export const timerStateSchema = z.union([
  z.object({ endsAt: z.number().finite(), pausedRemainingMs: z.null() }),
  z.object({ endsAt: z.null(), pausedRemainingMs: z.number().finite().min(0) }),
]);
/** A running or paused countdown (see {@link timerStateSchema}). */
export type TimerState = z.infer<typeof timerStateSchema>;

/** The longest countdown the facilitator can set (a whole workshop day). */
export const MAX_TIMER_MS = 8 * 60 * 60 * 1000;

const clampDuration = (ms: number) => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

/** Starts a countdown of `durationMs` at `now` (server clock). */
export function startTimer(durationMs: number, now: number): TimerState {
  return { endsAt: now + clampDuration(durationMs), pausedRemainingMs: null };
}

/** Milliseconds left at `now`; never negative. */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.endsAt === null ? timer.pausedRemainingMs : Math.max(0, timer.endsAt - now);
}

/** Whether the countdown is running (it may have reached zero). */
export function isRunning(timer: TimerState): boolean {
  return timer.endsAt !== null;
}

/** Pauses a running countdown, keeping what is left; a paused one is returned unchanged. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  return timer.endsAt === null ? timer : { endsAt: null, pausedRemainingMs: remainingMs(timer, now) };
}

/** Resumes a paused countdown from what was left; a running one is returned unchanged. */
export function resumeTimer(timer: TimerState, now: number): TimerState {
  return timer.endsAt === null ? { endsAt: now + timer.pausedRemainingMs, pausedRemainingMs: null } : timer;
}

/**
 * Adds (or, negative, removes) time. A running countdown that had already ended restarts from now, so "+1 min"
 * after the bell gives one more minute, not whatever was left of a minute past the end.
 */
export function addTime(timer: TimerState, deltaMs: number, now: number): TimerState {
  const left = clampDuration(remainingMs(timer, now) + deltaMs);
  return timer.endsAt === null ? { endsAt: null, pausedRemainingMs: left } : { endsAt: now + left, pausedRemainingMs: null };
}

/** "m:ss" (or "h:mm:ss" from an hour), rounding up so a countdown shows 0:00 only when it is over. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
