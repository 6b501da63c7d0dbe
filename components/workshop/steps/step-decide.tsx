"use client";

import { useTranslations } from "next-intl";
import { GapView } from "../decide/gap-view";
import { PrioritiesPanel } from "../decide/priorities-panel";
import { SectionTabs } from "../section-tabs";
import { VotingSection } from "../voting-section";
import { StepPrompts } from "./step-prompts";
import type { StepProps } from "./step-props";

/**
 * Step 3, Decide: the gap between the revealed target and baseline per dimension (tagged by the facilitator as
 * bottleneck, leverage point or feasible), dot voting (dots per person set by the facilitator), and the confirmed
 * priorities with rationale and timeframes.
 */
export function StepDecide({ live, content, step, actor, editable }: StepProps) {
  const t = useTranslations("decide");
  const isParticipant = actor.role === "participant";
  const isFacilitator = actor.role === "facilitator";
  return (
    <SectionTabs
      label={t("parts")}
      testId="step-decide"
      tabs={[
        {
          id: "gaps",
          label: t("tabs.gaps"),
          render: () => (
            <div className="space-y-4">
              <GapView content={content} baseline={live.results.baseline} target={live.results.target} decisions={live.decisions} isFacilitator={isFacilitator} />
              <StepPrompts prompts={step.prompts.filter((p) => ["biggest-gaps", "bottlenecks", "leverage-points", "feasibility"].includes(p.id))} testId="decide-prompts" />
            </div>
          ),
        },
        {
          id: "votes",
          label: t("tabs.votes"),
          render: () => (
            <div className="space-y-4">
              {isFacilitator ? (
                <label className="flex flex-wrap items-center gap-2 rounded-lg border border-blue-300 bg-blue-50 p-3 text-sm font-medium">
                  {t("dotsPerPerson")}
                  <select
                    value={live.control.dotsPerPerson}
                    onChange={(e) => live.facilitate.setDotsPerPerson(Number(e.target.value))}
                    className="min-h-11 rounded-md border border-slate-500 bg-white px-2"
                    data-testid="dots-per-person"
                  >
                    {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              <VotingSection
                content={content}
                ballot={live.myBallot}
                dotsPerPerson={live.control.dotsPerPerson}
                result={live.results.votes}
                onChange={isParticipant && editable ? live.setMyBallot : undefined}
              />
            </div>
          ),
        },
        {
          id: "priorities",
          label: t("tabs.priorities"),
          render: () => <PrioritiesPanel content={content} decisions={live.decisions} votes={live.results.votes} isFacilitator={isFacilitator} />,
        },
      ]}
    />
  );
}
