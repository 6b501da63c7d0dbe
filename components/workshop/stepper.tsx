"use client";

import { useTranslations } from "next-intl";
import type { RoomStep } from "./room-content";

/**
 * The five steps as a compact row (fits 360 px). Facilitators: each step moves everybody there. Participants:
 * when the facilitator allows free navigation each step can be opened; otherwise it shows where the group is.
 */
export function Stepper({
  steps,
  shown,
  groupStep,
  mode,
  onPick,
  available = null,
}: {
  steps: readonly RoomStep[];
  shown: number;
  /** The facilitator's step. */
  groupStep: number;
  mode: "drive" | "browse" | "follow";
  onPick: (step: number) => void;
  /** Browse mode during pre-work: only these steps can be opened (the others are shown as not open yet). */
  available?: readonly number[] | null;
}) {
  const t = useTranslations("steps.stepper");
  return (
    <nav aria-label={t("label")} data-testid="stepper" data-mode={mode}>
      {mode === "follow" ? <p className="sr-only">{t("following")}</p> : null}
      <ol className="grid grid-cols-5 gap-1">
        {steps.map((s) => {
          const current = s.number === shown;
          const here = s.number === groupStep && available === null;
          const closed = mode === "browse" && available !== null && !available.includes(s.number);
          const inner = (
            <>
              <span
                aria-hidden="true"
                className={`flex h-7 w-7 items-center justify-center rounded-full text-sm font-bold ${current ? "bg-blue-700 text-white" : "border border-slate-500 bg-white text-slate-900"}`}
              >
                {s.number}
              </span>
              <span className="line-clamp-2 text-center text-xs leading-tight">{s.label}</span>
              {here && mode !== "drive" ? <span className="sr-only">{t("groupHere")}</span> : null}
            </>
          );
          const box = `flex min-h-14 w-full flex-col items-center gap-0.5 rounded-md px-0.5 py-1 ${current ? "bg-blue-50 font-semibold ring-2 ring-blue-700" : ""}`;
          return (
            <li key={s.number} className="flex">
              {mode === "follow" || closed ? (
                <span
                  className={`${box} ${closed ? "opacity-60" : ""}`}
                  aria-current={current ? "step" : undefined}
                  data-testid={`stepper-${s.number}`}
                  data-open={closed ? "false" : undefined}
                >
                  {inner}
                  {closed ? <span className="sr-only">{t("notOpen")}</span> : null}
                </span>
              ) : (
                <button
                  type="button"
                  className={`${box} hover:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700`}
                  aria-current={current ? "step" : undefined}
                  aria-label={mode === "drive" ? t("moveEveryone", { number: s.number, label: s.label }) : t("open", { number: s.number, label: s.label })}
                  onClick={() => onPick(s.number)}
                  data-testid={`stepper-${s.number}`}
                >
                  {inner}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
