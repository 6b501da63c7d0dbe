"use client";

import { useTranslations } from "next-intl";
import type { Control, SessionPhase } from "@/lib/sync/schema";
import type { RoomContent } from "./room-content";

const BTN = "min-h-11 rounded-md px-3 py-2 text-sm font-semibold";

/**
 * The facilitator's pre-work switch (control document; the server drops it from anyone else): open steps for
 * participants to prepare in their own time before the meeting, then switch to running them live.
 */
export function PreworkControls({
  control,
  content,
  onPhase,
  onOpen,
}: {
  control: Control;
  content: RoomContent;
  onPhase: (phase: SessionPhase) => void;
  onOpen: (step: number, open: boolean) => void;
}) {
  const t = useTranslations("prework.controls");
  const prework = control.phase === "prework";
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-400 bg-white p-2" data-testid="prework-controls" data-phase={control.phase}>
      <legend className="px-1 text-sm font-semibold">{t("title")}</legend>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${BTN} ${prework ? "border border-slate-500 bg-white text-slate-900" : "bg-blue-700 text-white"}`}
          onClick={() => onPhase(prework ? "live" : "prework")}
          data-testid="prework-phase-toggle"
        >
          {prework ? t("goLive") : t("startPrework")}
        </button>
        <p className="text-sm text-slate-800" data-testid="prework-state">
          <span className="font-semibold">{prework ? t("phasePrework") : t("phaseLive")}:</span> {prework ? t("statePrework") : t("stateLive")}
        </p>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {content.steps.map((s) => (
          <li key={s.number}>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={(control.prework as readonly number[]).includes(s.number)}
                onChange={(e) => onOpen(s.number, e.target.checked)}
                data-testid={`prework-open-${s.number}`}
              />
              {t("openStep", { number: s.number })} <span className="sr-only">({s.label})</span>
            </label>
          </li>
        ))}
      </ul>
      {prework && control.prework.length === 0 ? <p className="text-sm text-amber-900">{t("noneOpen")}</p> : null}
    </fieldset>
  );
}
