"use client";

import { useTranslations } from "next-intl";
import { formatCountdown, isRunning, remainingMs, type TimerState } from "@/lib/workshop/timer";
import { useNow } from "./use-now";
import { useServerClockOffset } from "./use-server-clock";

/**
 * A step's countdown as everybody sees it: the same remaining time on every device, because each one reads the
 * stored end time against its own clock corrected to the server's (use-server-clock.ts).
 */
export function Countdown({ timer }: { timer: TimerState | undefined }) {
  const t = useTranslations("steps.timer");
  const offset = useServerClockOffset();
  const running = timer !== undefined && isRunning(timer);
  const now = useNow(250, running) + offset;
  if (!timer) return null;
  const left = remainingMs(timer, now);
  const over = running && left === 0;
  return (
    <p className="flex items-center gap-2" data-testid="step-timer" data-state={over ? "over" : running ? "running" : "paused"}>
      <span className="sr-only">{t("label")}</span>
      <span role="timer" className={`font-mono text-2xl font-bold tabular-nums ${over ? "text-amber-300" : ""}`} data-testid="step-timer-value">
        {formatCountdown(left)}
      </span>
      {over ? <span role="status">{t("over")}</span> : !running ? <span className="text-sm">{t("paused")}</span> : null}
    </p>
  );
}
