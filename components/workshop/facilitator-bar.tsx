"use client";

import { useTranslations } from "next-intl";
import type { Control, RevealKey } from "@/lib/sync/schema";
import type { RoomContent } from "./room-content";

/** The facilitator's controls: what is revealed and which step everyone is on. The server enforces who may use them. */
export function FacilitatorBar({
  control,
  content,
  onReveal,
  onStep,
}: {
  control: Control;
  content: RoomContent;
  onReveal: (key: RevealKey, revealed: boolean) => void;
  onStep: (step: number) => void;
}) {
  const t = useTranslations("room.facilitatorBar");
  const toggles: { key: RevealKey; on: string; off: string }[] = [
    { key: "baseline", on: t("hideScores"), off: t("revealScores") },
    { key: "votes", on: t("hideVotes"), off: t("revealVotes") },
  ];
  return (
    <section aria-label={t("title")} className="flex flex-wrap items-end gap-3 rounded-lg border border-blue-300 bg-blue-50 p-3" data-testid="facilitator-bar">
      {toggles.map(({ key, on, off }) => (
        <button
          key={key}
          type="button"
          aria-pressed={control.reveal[key]}
          onClick={() => onReveal(key, !control.reveal[key])}
          className={`min-h-11 rounded-md px-4 py-2 font-semibold ${control.reveal[key] ? "border border-blue-800 bg-white text-blue-900" : "bg-blue-700 text-white"}`}
          data-testid={`reveal-${key}`}
        >
          {control.reveal[key] ? on : off}
        </button>
      ))}
      <label className="ml-auto flex flex-col text-sm font-medium">
        {t("step")}
        <select
          value={control.step}
          onChange={(e) => onStep(Number(e.target.value))}
          className="mt-1 min-h-11 rounded-md border border-slate-500 bg-white px-2"
          data-testid="step-select"
        >
          {content.steps.map((s) => (
            <option key={s.number} value={s.number}>
              {s.number}. {s.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
