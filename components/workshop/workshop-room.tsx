"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useWorkshop } from "@/components/sync/use-workshop";
import type { RoomGrant } from "@/components/sync/use-workshop-docs";
import type { Presence } from "@/lib/sync/awareness";
import { ConnectionStatus } from "./connection-status";
import { FacilitatorBar } from "./facilitator-bar";
import { PresenceList } from "./presence-list";
import type { RoomContent } from "./room-content";
import { ScoringSection } from "./scoring-section";
import { VotingSection } from "./voting-section";

// The editor is the heaviest part of the room; it loads after the chart is usable.
const VisionEditor = dynamic(() => import("@/components/editor/vision-editor").then((m) => m.VisionEditor), { ssr: false });

/** Everything a room shows, for any role; what a role may do comes from the server, the UI only mirrors it. */
export interface WorkshopRoomProps {
  readonly syncUrl: string;
  readonly token: string;
  readonly rooms: RoomGrant;
  readonly me: Presence;
  readonly title: string;
  readonly mode: "create" | "evaluate";
  readonly content: RoomContent;
  /** Shown above the room for facilitators (share panel). */
  readonly aside?: ReactNode;
}

/** The live workshop room: presence, spider chart, vision, dot voting, and the facilitator's controls. */
export function WorkshopRoom({ syncUrl, token, rooms, me, title, mode, content, aside }: WorkshopRoomProps) {
  const t = useTranslations("room");
  const tv = useTranslations("room.vision");
  const live = useWorkshop(syncUrl, token, rooms, me);
  const step = content.steps.find((s) => s.number === live.control.step) ?? content.steps[0];
  const isFacilitator = me.role === "facilitator";
  const isParticipant = me.role === "participant";

  return (
    <div className="space-y-4" data-testid="workshop-room" data-synced={live.synced}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold" data-testid="workshop-title">
            {title}
          </h1>
          <p className="text-sm text-slate-700">{mode === "create" ? t("modeCreate") : t("modeEvaluate")}</p>
        </div>
        <ConnectionStatus connection={live.connection} />
      </header>
      {step ? (
        <section aria-label={t("stepOf", { number: step.number })} className="rounded-lg bg-slate-800 p-3 text-white" data-testid="current-step" data-step={step.number}>
          <p className="text-sm uppercase tracking-wide text-slate-200">{t("stepOf", { number: step.number })}</p>
          <p className="text-lg font-semibold">{step.title}</p>
          <p className="mt-1 text-sm text-slate-100">{step.purpose}</p>
        </section>
      ) : null}
      {isFacilitator ? <FacilitatorBar control={live.control} content={content} onReveal={live.reveal} onStep={live.goToStep} /> : null}
      {aside}
      <PresenceList people={live.people} sectors={content.sectors} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ScoringSection
          content={content}
          mine={live.myScores.baseline}
          result={live.results.baseline}
          onChange={isParticipant ? (id, value) => live.setMyScore("baseline", id, value) : undefined}
        />
        <div className="space-y-4">
          <section aria-labelledby="vision-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
            <h2 id="vision-title" className="text-xl font-bold">
              {tv("title")}
            </h2>
            <div className="mt-2">
              {live.vision ? (
                <VisionEditor
                  fragment={live.vision.fragment}
                  provider={live.vision.provider}
                  user={me}
                  label={tv("label")}
                  placeholder={tv("placeholder")}
                  readOnly={me.role === "observer"}
                />
              ) : null}
            </div>
          </section>
          <VotingSection
            content={content}
            ballot={live.myBallot}
            dotsPerPerson={live.control.dotsPerPerson}
            result={live.results.votes}
            onChange={isParticipant ? live.setMyBallot : undefined}
          />
        </div>
      </div>
    </div>
  );
}
