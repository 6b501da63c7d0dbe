"use client";

import { useTranslations } from "next-intl";
import { GoodPerDimension } from "../define/good-per-dimension";
import { SuccessFactors } from "../define/success-factors";
import { VisionSection } from "../define/vision-section";
import { ScoringSectionLazy as ScoringSection } from "../scoring-section-lazy";
import { SectionTabs } from "../section-tabs";
import type { StepProps } from "./step-props";

const VISION_PROMPTS = ["purpose", "high-performance", "perception"];

/**
 * Step 2, Define: the shared vision, the success factors, the target ("ideal") profile on the spider chart (blind
 * until the facilitator reveals it, like the baseline) and, optionally, what "good" looks like per dimension.
 */
export function StepDefine({ live, content, step, me, actor, editable, workshopTitle, earlier }: StepProps) {
  const t = useTranslations("define");
  const isParticipant = actor.role === "participant";
  return (
    <SectionTabs
      label={t("parts")}
      testId="step-define"
      tabs={[
        {
          id: "vision",
          label: t("tabs.vision"),
          render: () => <VisionSection vision={live.vision} me={me} editable={editable} prompts={step.prompts.filter((p) => VISION_PROMPTS.includes(p.id))} />,
        },
        {
          id: "factors",
          label: t("tabs.factors"),
          render: () => <SuccessFactors board={live.board} seeds={content.successFactors} actor={actor} editable={editable} />,
        },
        {
          id: "target",
          label: t("tabs.target"),
          // The target profile: its own median style, with the baseline's group median drawn for reference.
          render: () => (
            <ScoringSection
              content={content}
              mine={live.myScores.target}
              result={live.results.target}
              onChange={isParticipant && editable ? (id, value) => live.setMyScore("target", id, value) : undefined}
              copy={{ title: t("target.title"), hint: t("target.hint"), readOnlyHint: t("target.readOnlyHint") }}
              profile="target"
              reference={live.results.baseline}
              drags={live.drags}
              role={actor.role}
              workshopTitle={workshopTitle}
              earlier={earlier}
            />
          ),
        },
        {
          id: "good",
          label: t("tabs.good"),
          render: () => <GoodPerDimension axes={content.axes} binding={live.board.goodBinding} me={me} editable={editable} />,
        },
      ]}
    />
  );
}
