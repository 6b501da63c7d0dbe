"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { useWorkshop } from "@/components/sync/use-workshop";
import type { RoomGrant } from "@/components/sync/use-workshop-docs";
import type { Presence } from "@/lib/sync/awareness";
import { browsingKey, isStepEditable, preworkSteps, toStepNumber, visibleStep, type BrowsedStep } from "@/lib/workshop/steps";
import { ConnectionStatus } from "./connection-status";
import { FacilitatorBar } from "./facilitator-bar";
import { PresenceList } from "./presence-list";
import { PreworkBanner } from "./prework-banner";
import type { RoomContent } from "./room-content";
import { StepHeader } from "./step-header";
import { Stepper } from "./stepper";
import { STEP_SCREENS } from "./steps/step-screens";
import { useEarlierOverlay, type EarlierSource } from "./use-earlier-overlay";
import { ROOM_PARTS } from "./room-parts";

/** Evaluate mode's checks for steps 1–3: their own chunk (pure checks and the vision reader stay off the shell). */
const StepReview = dynamic(() => ROOM_PARTS.stepReview().then((m) => m.StepReview));

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
  /** A re-assessment's earlier assessment: given by the facilitator's page, or fetched after the reveal (participants). */
  readonly earlier?: EarlierSource;
}

/**
 * The live workshop room as a step shell: the facilitator's bar (facilitators only), the stepper, the shown step's
 * header (purpose, countdown, lock) and one step screen at a time. Participants follow the facilitator's step, or
 * browse freely when the facilitator allows it.
 */
export function WorkshopRoom({ syncUrl, token, rooms, me, selfId, title, mode, content, aside, onRefused, earlier: earlierSource }: WorkshopRoomProps) {
  const t = useTranslations("room");
  const live = useWorkshop(syncUrl, token, rooms, me, selfId);
  const refused = live.connection.status === "refused";
  useEffect(() => {
    if (refused) onRefused?.();
  }, [refused, onRefused]);
  const [browsed, setBrowsed] = useState<BrowsedStep | null>(null);
  const { control } = live;
  const earlier = useEarlierOverlay(earlierSource, token, live.results.baseline.revealed);
  const shown = visibleStep(control, me.role, browsed);
  const step = content.steps[shown - 1] ?? content.steps[0];
  const isFacilitator = me.role === "facilitator";
  const Screen = STEP_SCREENS[shown];
  const prework = preworkSteps(control);
  const stepperMode = isFacilitator ? "drive" : control.navigation === "free" || prework ? "browse" : "follow";
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
      {prework && !isFacilitator ? <PreworkBanner steps={content.steps} open={prework} shownOpen={prework.includes(shown)} /> : null}
      <Stepper steps={content.steps} shown={shown} groupStep={control.step} mode={stepperMode} onPick={pick} available={isFacilitator ? null : prework} />
      {step ? (
        <StepHeader
          step={step}
          mode={mode}
          timer={control.timers[shown]}
          locked={control.locked.includes(shown)}
          isFacilitator={isFacilitator}
          following={(prework !== null && !isFacilitator) || shown === control.step}
        />
      ) : null}
      {mode === "evaluate" && shown <= 3 ? <StepReview step={shown} live={live} content={content} /> : null}
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
          editable={isStepEditable(shown, control.locked, me.role, control)}
          workshopTitle={title}
          earlier={earlier}
        />
      ) : null}
    </div>
  );
}
