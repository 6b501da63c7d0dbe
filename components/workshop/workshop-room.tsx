"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type ComponentType, type ReactNode } from "react";
import { useWorkshop } from "@/components/sync/use-workshop";
import type { RoomGrant } from "@/components/sync/use-workshop-docs";
import type { Presence } from "@/lib/sync/awareness";
import { browsingKey, isStepEditable, toStepNumber, visibleStep, type BrowsedStep, type StepNumber } from "@/lib/workshop/steps";
import { ConnectionStatus } from "./connection-status";
import { FacilitatorBar } from "./facilitator-bar";
import { PresenceList } from "./presence-list";
import type { RoomContent } from "./room-content";
import { StepHeader } from "./step-header";
import { Stepper } from "./stepper";
import { StepDecide } from "./steps/step-decide";
import { StepDefine } from "./steps/step-define";
import { StepDescribe } from "./steps/step-describe";
import { StepGoals } from "./steps/step-goals";
import { StepPlan } from "./steps/step-plan";
import type { StepProps } from "./steps/step-props";

const SCREENS: Record<StepNumber, ComponentType<StepProps>> = { 1: StepDescribe, 2: StepDefine, 3: StepDecide, 4: StepGoals, 5: StepPlan };

/** Everything a room shows, for any role; what a role may do comes from the server, the UI only mirrors it. */
export interface WorkshopRoomProps {
  readonly syncUrl: string;
  readonly token: string;
  readonly rooms: RoomGrant;
  readonly me: Presence;
  /** This person's id: the participant id, or the facilitator's user id (authorship of notes and stakeholders). */
  readonly selfId: string;
  readonly title: string;
  readonly mode: "create" | "evaluate";
  readonly content: RoomContent;
  /** Shown above the room for facilitators (share panel). */
  readonly aside?: ReactNode;
  /** Called when the sync server refuses this device for good (a 44xx close): the participant room renews or explains. */
  readonly onRefused?: () => void;
}

/**
 * The live workshop room as a step shell: the facilitator's bar (facilitators only), the stepper, the shown step's
 * header (purpose, countdown, lock) and one step screen at a time. Participants follow the facilitator's step, or
 * browse freely when the facilitator allows it.
 */
export function WorkshopRoom({ syncUrl, token, rooms, me, selfId, title, mode, content, aside, onRefused }: WorkshopRoomProps) {
  const t = useTranslations("room");
  const live = useWorkshop(syncUrl, token, rooms, me, selfId);
  const refused = live.connection.status === "refused";
  useEffect(() => {
    if (refused) onRefused?.();
  }, [refused, onRefused]);
  const [browsed, setBrowsed] = useState<BrowsedStep | null>(null);
  const { control } = live;
  const shown = visibleStep(control, me.role, browsed);
  const step = content.steps[shown - 1] ?? content.steps[0];
  const isFacilitator = me.role === "facilitator";
  const Screen = SCREENS[shown];
  const stepperMode = isFacilitator ? "drive" : control.navigation === "free" ? "browse" : "follow";
  const pick = (n: number) => {
    if (isFacilitator) live.goToStep(n);
    else setBrowsed({ step: toStepNumber(n), madeAt: browsingKey(control.step, control.navigation) });
  };

  return (
    <div className="space-y-4" data-testid="workshop-room" data-synced={live.synced} data-shown-step={shown}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold" data-testid="workshop-title">
            {title}
          </h1>
          <p className="text-sm text-slate-700">{mode === "create" ? t("modeCreate") : t("modeEvaluate")}</p>
        </div>
        <ConnectionStatus connection={live.connection} />
      </header>
      {isFacilitator ? <FacilitatorBar control={control} content={content} onReveal={live.reveal} onStep={live.goToStep} actions={live.facilitate} /> : null}
      <Stepper steps={content.steps} shown={shown} groupStep={control.step} mode={stepperMode} onPick={pick} />
      {step ? (
        <StepHeader
          step={step}
          mode={mode}
          timer={control.timers[shown]}
          locked={control.locked.includes(shown)}
          isFacilitator={isFacilitator}
          following={shown === control.step}
        />
      ) : null}
      {aside}
      <PresenceList people={live.people} sectors={content.sectors} />
      {step ? (
        <Screen
          key={shown}
          live={live}
          content={content}
          step={step}
          me={me}
          actor={{ id: selfId, role: me.role }}
          editable={isStepEditable(shown, control.locked, me.role)}
          workshopTitle={title}
        />
      ) : null}
    </div>
  );
}
