"use client";

import { useTranslations } from "next-intl";
import { useWorkshop } from "@/components/sync/use-workshop";
import type { RoomGrant } from "@/components/sync/use-workshop-docs";
import { visibleStep } from "@/lib/workshop/steps";
import { ConnectionStatus } from "./connection-status";
import { JoinQr } from "./join-code-screen";
import type { RoomContent } from "./room-content";
import { ScoringSection } from "./scoring-section";
import { StepHeader } from "./step-header";
import { STEP_SCREENS } from "./steps/step-screens";
import { useEarlierOverlay, type EarlierSource } from "./use-earlier-overlay";
import { useKeepAlive } from "./use-keep-alive";

const NOTHING = {};

/** The join details a projector shows beside the workshop (absent on guest links and closed workshops). */
export interface ProjectorJoin {
  readonly displayCode: string;
  readonly joinUrl: string;
  readonly qrSvg: string;
}

/**
 * The big screen: a read-only observer of the workshop that follows the facilitator's step (the same step screens
 * the room shows, with nothing editable), the step's countdown, how to join, and the group's spider chart (shown
 * once the facilitator reveals it). Built to run for hours: it keeps
 * the screen awake and reloads itself for a fresh token when the sync server says the old one expired.
 */
export function ProjectorView({
  syncUrl,
  token,
  rooms,
  observerId,
  name,
  title,
  content,
  closed,
  join,
  earlier: earlierSource,
}: {
  syncUrl: string;
  token: string;
  rooms: RoomGrant;
  observerId: string;
  name: string;
  title: string;
  content: RoomContent;
  closed: boolean;
  join: ProjectorJoin | null;
  /** A re-assessment's earlier assessment, fetched with the observer token once the baseline is revealed. */
  earlier?: EarlierSource;
}) {
  const t = useTranslations("projector");
  const me = { name, role: "observer" as const, color: "#334155" };
  const live = useWorkshop(syncUrl, token, rooms, me, observerId);
  useKeepAlive(live.connection);
  const earlier = useEarlierOverlay(earlierSource, token, live.results.baseline.revealed);
  const shown = visibleStep(live.control, "observer", null);
  const step = content.steps[shown - 1] ?? content.steps[0];
  const Screen = STEP_SCREENS[shown];
  return (
    <div className="fixed inset-0 z-40 overflow-auto bg-slate-50 p-4 xl:p-6" data-testid="projector" data-step={shown} data-synced={live.synced}>
      <div className="mx-auto grid max-w-[120rem] gap-4 xl:grid-cols-[1fr_30rem]">
        <div className="min-w-0 space-y-4">
          <header className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <h1 className="text-3xl font-bold xl:text-4xl" data-testid="workshop-title">
                {title}
              </h1>
              <p className="text-lg text-slate-700">{closed ? t("closed") : t("observer")}</p>
            </div>
            <ConnectionStatus connection={live.connection} />
          </header>
          {step ? (
            <StepHeader step={step} mode={content.mode} timer={live.control.timers[shown]} locked={live.control.locked.includes(shown)} isFacilitator={false} following />
          ) : null}
          {step ? <Screen key={shown} live={live} content={content} step={step} me={me} actor={{ id: observerId, role: "observer" }} editable={false} workshopTitle={title} earlier={earlier} /> : null}
        </div>
        <aside aria-label={t("groupTitle")} className="space-y-4 self-start xl:sticky xl:top-6">
          {join ? (
            <div className="flex flex-col items-center gap-3 rounded-lg border border-slate-300 bg-white p-4 text-center">
              <JoinQr qrSvg={join.qrSvg} joinUrl={join.joinUrl} className="aspect-square w-full max-w-[20rem]" testId="projector-qr" />
              <p className="text-lg">{t("join", { url: `${new URL(join.joinUrl).host}/join` })}</p>
              <p className="font-mono text-4xl font-bold tracking-widest" data-testid="projector-code">
                {join.displayCode}
              </p>
            </div>
          ) : null}
          <ScoringSection content={content} mine={NOTHING} result={live.results.baseline} reference={live.results.target} role="observer" workshopTitle={title} earlier={earlier} />
        </aside>
      </div>
    </div>
  );
}
