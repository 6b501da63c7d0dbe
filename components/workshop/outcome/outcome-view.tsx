"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useVisionBlocks } from "@/components/sync/use-vision-blocks";
import { useWorkshop } from "@/components/sync/use-workshop";
import { countWords, reviewGoals, reviewPlans, reviewPriorities, reviewSnapshot, reviewVision } from "@/lib/workshop/review";
import { isGoalStarted } from "@/lib/workshop/goals";
import { ConnectionStatus } from "../connection-status";
import { ReviewChecks } from "../review-checks";
import type { WorkshopRoomProps } from "../workshop-room";
import { revealedProfile } from "../step-review";
import { OutcomePriorities, OutcomeVision } from "./outcome-decisions";
import { OutcomeGoals, OutcomePlans } from "./outcome-plan";
import { OutcomeProfile } from "./outcome-profile";

/** What the outcome page needs: a read-only grant (observer or participant token) and the workshop's words. */
export interface OutcomeViewProps extends Pick<WorkshopRoomProps, "syncUrl" | "token" | "rooms" | "me" | "selfId" | "title" | "content"> {
  readonly region: string;
  readonly createdAt: number;
  /** Where "back" leads (the room this person came from). */
  readonly backHref: string;
}

function Section({ id, title, children, first = false }: { id: string; title: string; children: ReactNode; first?: boolean }) {
  return (
    <section aria-labelledby={`outcome-${id}`} className={`outcome-section space-y-2 ${first ? "outcome-first" : ""}`} data-testid={`outcome-section-${id}`}>
      <h2 id={`outcome-${id}`} className="border-b border-slate-400 pb-1 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The whole workshop on one live page, for reading and for "Save as PDF": the profile (chart and table), vision and
 * success factors, priorities with rationale, goals and action plans, and in evaluate mode the checks of all five
 * steps. Read-only for everyone (it opens the shared documents with a read-only or participant grant and writes
 * nothing); print styles in app/globals.css (`.outcome-*`) make the PDF.
 */
export function OutcomeView({ syncUrl, token, rooms, me, selfId, title, region, createdAt, content, backHref }: OutcomeViewProps) {
  const t = useTranslations("outcome");
  const locale = useLocale();
  const live = useWorkshop(syncUrl, token, rooms, me, selfId);
  const vision = useVisionBlocks(live.vision);
  const ids = content.axes.map((a) => a.id);
  const baseline = revealedProfile(live.results.baseline);
  const target = revealedProfile(live.results.target);
  const today = new Date().toISOString().slice(0, 10);
  const checks =
    content.mode === "evaluate"
      ? [
          reviewSnapshot(ids, baseline),
          reviewVision(ids, {
            visionWords: countWords(vision.map((b) => b.text).join(" ")),
            target,
            nonNegotiables: Object.values(live.board.factorFlags).filter((f) => f.nonNegotiable && !f.setAside).length,
          }),
          reviewPriorities(ids, live.decisions.byDimension, baseline, target),
          reviewGoals(Object.values(live.goals.goals).filter(isGoalStarted), today),
          reviewPlans(Object.values(live.goals.plans).filter((p) => p.measures.length > 0 || p.monitoring !== "" || Object.keys(p.milestones).length > 0)),
        ]
      : null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(createdAt);
  return (
    <article className="outcome mx-auto max-w-4xl space-y-6" data-testid="outcome" data-synced={live.synced}>
      <div className="outcome-toolbar flex flex-wrap items-center justify-between gap-2 print:hidden" data-print="hide">
        <a href={backHref} className="min-h-11 rounded-md border border-slate-500 px-3 py-2 text-sm font-semibold">
          {t("back")}
        </a>
        <ConnectionStatus connection={live.connection} />
        <button type="button" onClick={() => window.print()} className="min-h-11 rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold text-white" data-testid="outcome-print">
          {t("print")}
        </button>
      </div>
      <header>
        <p className="text-sm uppercase tracking-wide text-slate-700">{t("pageTitle")}</p>
        <h1 className="text-2xl font-bold" data-testid="outcome-title">
          {title}
        </h1>
        <p className="text-sm text-slate-700">
          {t(`mode.${content.mode}`)} · {region ? t("meta", { region, date }) : date}
        </p>
        <p className="text-sm text-slate-700 print:hidden">{live.synced ? t("live") : t("loading")}</p>
      </header>
      <Section id="profile" title={t("profile.title")} first>
        <OutcomeProfile content={content} results={live.results} />
      </Section>
      <Section id="vision" title={t("vision.title")}>
        <OutcomeVision live={live} content={content} vision={vision} />
      </Section>
      <Section id="priorities" title={t("priorities.title")}>
        <OutcomePriorities live={live} content={content} />
      </Section>
      <Section id="goals" title={t("goals.title")}>
        <OutcomeGoals live={live} content={content} />
      </Section>
      <Section id="plan" title={t("plan.title")}>
        <OutcomePlans live={live} content={content} />
      </Section>
      {checks ? (
        <Section id="checks" title={t("checks.title")}>
          <div className="space-y-3">
            {checks.map((c, i) => (
              <ReviewChecks key={i} step={i + 1} checks={c} content={content} />
            ))}
          </div>
        </Section>
      ) : null}
    </article>
  );
}
