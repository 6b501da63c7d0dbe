"use client";

import { useTranslations } from "next-intl";
import type { TimerState } from "@/lib/workshop/timer";
import { Countdown } from "./countdown";
import type { RoomStep } from "./room-content";

/** The shown step's title and purpose (in the workshop's mode), its countdown and whether it is locked. */
export function StepHeader({
  step,
  mode,
  timer,
  locked,
  isFacilitator,
  following,
}: {
  step: RoomStep;
  mode: "create" | "evaluate";
  timer: TimerState | undefined;
  locked: boolean;
  isFacilitator: boolean;
  /** False when this device is browsing a step other than the facilitator's. */
  following: boolean;
}) {
  const t = useTranslations("steps");
  return (
    <section
      aria-labelledby="step-title"
      className="rounded-lg bg-slate-800 p-3 text-white sm:p-4"
      data-testid="current-step"
      data-step={step.number}
      data-locked={locked}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-sm uppercase tracking-wide text-slate-200">{t("stepOf", { number: step.number })}</p>
          <h2 id="step-title" className="text-lg font-semibold sm:text-xl">
            {step.title}
          </h2>
        </div>
        <Countdown timer={timer} />
      </div>
      <p className="mt-1 text-sm text-slate-100">{step.purpose}</p>
      {mode === "evaluate" ? (
        <p className="mt-1 text-sm text-slate-200">
          <span className="font-semibold">{t("createWording")}</span> {step.createPurpose}
        </p>
      ) : null}
      {!following ? (
        <p className="mt-2 text-sm font-medium text-sky-200" data-testid="browsing-note">
          {t("browsing")}
        </p>
      ) : null}
      {locked ? (
        <p className="mt-2 rounded bg-amber-100 px-2 py-1 text-sm font-semibold text-amber-950" role="status" data-testid="step-locked">
          <span aria-hidden="true">🔒 </span>
          {isFacilitator ? t("lockedFacilitator") : t("lockedParticipant")}
        </p>
      ) : null}
    </section>
  );
}
