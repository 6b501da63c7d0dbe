"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ComponentType } from "react";
import type { StepNumber } from "@/lib/workshop/steps";
import type { StepProps } from "./step-props";
import { ROOM_PARTS } from "../room-parts";

/** Shown while a step's code is on its way (a phone on a slow link fetches each step's chunk when it is first shown). */
function StepLoading() {
  const t = useTranslations("room");
  return (
    <p role="status" className="text-sm text-slate-700" data-testid="step-loading">
      {t("status.loadingStep")}
    </p>
  );
}

/**
 * The five step screens, each a separate chunk loaded when the step is first shown (docs/decisions/023-phone-weight.md):
 * the room's first load carries the shell only, never the editor, chart or boards of steps the group is not on.
 * A new step screen slots in here: add its loader to ROOM_PARTS (room-parts.ts), then
 * `n: dynamic(() => ROOM_PARTS.stepX().then((m) => m.StepX), { loading: StepLoading })`.
 */
export const STEP_SCREENS: Record<StepNumber, ComponentType<StepProps>> = {
  1: dynamic(() => ROOM_PARTS.stepDescribe().then((m) => m.StepDescribe), { loading: StepLoading }),
  2: dynamic(() => ROOM_PARTS.stepDefine().then((m) => m.StepDefine), { loading: StepLoading }),
  3: dynamic(() => ROOM_PARTS.stepDecide().then((m) => m.StepDecide), { loading: StepLoading }),
  4: dynamic(() => ROOM_PARTS.stepGoals().then((m) => m.StepGoals), { loading: StepLoading }),
  5: dynamic(() => ROOM_PARTS.stepPlan().then((m) => m.StepPlan), { loading: StepLoading }),
};
