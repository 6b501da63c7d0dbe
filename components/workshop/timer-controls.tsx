"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { addTime, isRunning, pauseTimer, resumeTimer, startTimer, type TimerState } from "@/lib/workshop/timer";
import { useServerClockOffset } from "./use-server-clock";

const SMALL = "min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold hover:bg-slate-100";

/** The facilitator's countdown controls for one step: set minutes and start, pause/resume, add time, clear. */
export function TimerControls({ step, timer, onChange }: { step: number; timer: TimerState | undefined; onChange: (t: TimerState | null) => void }) {
  const t = useTranslations("steps.timer");
  const offset = useServerClockOffset();
  const [minutes, setMinutes] = useState("10");
  const id = useId();
  // Event handlers read the clock when clicked (server time = this device's clock + offset).
  const now = () => Date.now() + offset;
  const mins = Math.max(1, Math.min(480, Math.round(Number(minutes) || 0)));
  return (
    <div role="group" aria-label={t("controls", { number: step })} className="flex flex-wrap items-end gap-2" data-testid="timer-controls">
      {!timer ? (
        <>
          <label htmlFor={id} className="flex flex-col text-sm font-medium">
            {t("minutes")}
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              max={480}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              className="mt-1 min-h-11 w-20 rounded-md border border-slate-500 bg-white px-2"
              data-testid="timer-minutes"
            />
          </label>
          <button type="button" className={SMALL} onClick={() => onChange(startTimer(mins * 60_000, now()))} data-testid="timer-start">
            {t("start")}
          </button>
        </>
      ) : (
        <>
          {isRunning(timer) ? (
            <button type="button" className={SMALL} onClick={() => onChange(pauseTimer(timer, now()))} data-testid="timer-pause">
              {t("pause")}
            </button>
          ) : (
            <button type="button" className={SMALL} onClick={() => onChange(resumeTimer(timer, now()))} data-testid="timer-resume">
              {t("resume")}
            </button>
          )}
          <button type="button" className={SMALL} onClick={() => onChange(addTime(timer, 60_000, now()))} data-testid="timer-add-1">
            {t("addOne")}
          </button>
          <button type="button" className={SMALL} onClick={() => onChange(addTime(timer, 5 * 60_000, now()))} data-testid="timer-add-5">
            {t("addFive")}
          </button>
          <button type="button" className={SMALL} onClick={() => onChange(null)} data-testid="timer-clear">
            {t("clear")}
          </button>
        </>
      )}
    </div>
  );
}
