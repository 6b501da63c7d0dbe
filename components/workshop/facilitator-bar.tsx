"use client";

import { useTranslations } from "next-intl";
import type { FacilitatorActions } from "@/components/sync/use-facilitator-actions";
import type { Control, RevealKey } from "@/lib/sync/schema";
import { toStepNumber } from "@/lib/workshop/steps";
import type { RoomContent } from "./room-content";
import { PreworkControls } from "./prework-controls";
import { TimerControls } from "./timer-controls";

const TOGGLE_ON = "border border-blue-800 bg-white text-blue-900";
const TOGGLE_OFF = "bg-blue-700 text-white";
const BTN = "min-h-11 rounded-md px-3 py-2 text-sm font-semibold";

/**
 * The facilitator's controls: which step everyone is on, how participants navigate, the step's lock and timer,
 * and what is revealed. Only on the facilitator's screen; the server enforces who may use them.
 */
export function FacilitatorBar({
  control,
  content,
  onReveal,
  onStep,
  actions,
}: {
  control: Control;
  content: RoomContent;
  onReveal: (key: RevealKey, revealed: boolean) => void;
  onStep: (step: number) => void;
  actions: FacilitatorActions;
}) {
  const t = useTranslations("room.facilitatorBar");
  const ts = useTranslations("steps.bar");
  const step = toStepNumber(control.step);
  const locked = control.locked.includes(step);
  const free = control.navigation === "free";
  const toggles: { key: RevealKey; on: string; off: string }[] = [
    { key: "baseline", on: t("hideScores"), off: t("revealScores") },
    { key: "target", on: ts("hideTarget"), off: ts("revealTarget") },
    { key: "votes", on: t("hideVotes"), off: t("revealVotes") },
  ];
  return (
    <section aria-label={t("title")} className="space-y-3 rounded-lg border border-blue-300 bg-blue-50 p-3" data-testid="facilitator-bar">
      <div className="flex flex-wrap items-end gap-2">
        <button type="button" className={`${BTN} border border-slate-500 bg-white disabled:opacity-50`} disabled={step === 1} onClick={() => onStep(step - 1)} data-testid="step-prev">
          {ts("previous")}
        </button>
        <label className="flex flex-col text-sm font-medium">
          {t("step")}
          <select value={step} onChange={(e) => onStep(Number(e.target.value))} className="mt-1 min-h-11 rounded-md border border-slate-500 bg-white px-2" data-testid="step-select">
            {content.steps.map((s) => (
              <option key={s.number} value={s.number}>
                {s.number}. {s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={`${BTN} border border-slate-500 bg-white disabled:opacity-50`} disabled={step === 5} onClick={() => onStep(step + 1)} data-testid="step-next">
          {ts("next")}
        </button>
        <button
          type="button"
          aria-pressed={free}
          className={`${BTN} ${free ? TOGGLE_ON : TOGGLE_OFF}`}
          onClick={() => actions.setNavigation(free ? "follow" : "free")}
          data-testid="navigation-toggle"
        >
          <span aria-hidden="true">{free ? "☑ " : "☐ "}</span>
          {ts("letBrowse")}
        </button>
        <button
          type="button"
          aria-pressed={locked}
          className={`${BTN} ${locked ? TOGGLE_ON : TOGGLE_OFF}`}
          onClick={() => actions.setLocked(step, !locked)}
          data-testid="lock-toggle"
        >
          <span aria-hidden="true">{locked ? "☑ " : "☐ "}</span>
          {ts("lock", { number: step })}
        </button>
      </div>
      <p className="text-sm text-slate-800" data-testid="navigation-state">
        {free ? ts("stateFree") : ts("stateFollow")} {locked ? ts("stateLocked", { number: step }) : ""}
      </p>
      <TimerControls step={step} timer={control.timers[step]} onChange={(timer) => actions.setTimer(step, timer)} />
      <PreworkControls control={control} content={content} onPhase={actions.setPhase} onOpen={actions.setPrework} />
      <div role="group" aria-label={ts("reveal")} className="flex flex-wrap gap-2">
        {toggles.map(({ key, on, off }) => (
          <button
            key={key}
            type="button"
            aria-pressed={control.reveal[key]}
            onClick={() => onReveal(key, !control.reveal[key])}
            className={`${BTN} ${control.reveal[key] ? TOGGLE_ON : TOGGLE_OFF}`}
            data-testid={`reveal-${key}`}
          >
            {control.reveal[key] ? on : off}
          </button>
        ))}
      </div>
    </section>
  );
}
