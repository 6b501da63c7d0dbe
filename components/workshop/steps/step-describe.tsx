"use client";

import { useTranslations } from "next-intl";
import { NotesBoard } from "../describe/notes-board";
import { StakeholdersPanel } from "../describe/stakeholders-panel";
import { ScoringSectionLazy as ScoringSection } from "../scoring-section-lazy";
import { SectionTabs } from "../section-tabs";
import type { StepProps } from "./step-props";

/** Step 1, Describe: the status quo as notes per prompt, the ecosystem and stakeholder map, and the baseline rating. */
export function StepDescribe({ live, content, step, me, actor, editable, workshopTitle, earlier }: StepProps) {
  const t = useTranslations("describe");
  const isParticipant = actor.role === "participant";
  return (
    <SectionTabs
      label={t("parts")}
      testId="step-describe"
      tabs={[
        {
          id: "status-quo",
          label: t("tabs.statusQuo"),
          render: () => (
            <NotesBoard
              prompts={step.prompts}
              notes={live.board.notes}
              groups={live.board.noteGroups}
              actor={actor}
              editable={editable}
              mySector={me.sector ?? null}
              sectors={content.sectorList}
              actions={live.board}
            />
          ),
        },
        {
          id: "stakeholders",
          label: t("tabs.stakeholders"),
          render: () => <StakeholdersPanel board={live.board} actor={actor} editable={editable} sectors={content.sectorList} />,
        },
        {
          id: "baseline",
          label: t("tabs.baseline"),
          render: () => (
            <ScoringSection
              content={content}
              mine={live.myScores.baseline}
              result={live.results.baseline}
              onChange={isParticipant && editable ? (id, value) => live.setMyScore("baseline", id, value) : undefined}
              profile="baseline"
              reference={live.results.target}
              drags={live.drags}
              role={actor.role}
              workshopTitle={workshopTitle}
              earlier={earlier}
            />
          ),
        },
      ]}
    />
  );
}
