"use client";

import { useTranslations } from "next-intl";
import type { LiveWorkshop } from "@/components/sync/use-workshop";
import type { TextBlock } from "@/lib/sync/schema";
import { listFactors } from "@/lib/workshop/success-factors";
import type { RoomContent } from "../room-content";

/** Step 2's outcome: the vision statement as written, and the success factors with the facilitator's flags. */
export function OutcomeVision({ live, content, vision }: { live: LiveWorkshop; content: RoomContent; vision: readonly TextBlock[] }) {
  const t = useTranslations("outcome.vision");
  const tf = useTranslations("define.factors");
  const factors = listFactors(content.successFactors.map((f) => f.id), live.board.addedFactors, live.board.factorFlags);
  const name = (f: (typeof factors)[number]) =>
    f.source.kind === "seed"
      ? (content.successFactors.find((s) => s.id === (f.source.kind === "seed" ? f.source.seedId : ""))?.label ?? f.id)
      : f.source.kind === "suggestion"
        ? tf(`suggestions.${f.source.suggestionId}`)
        : f.source.text;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("statement")}</h3>
      <div data-testid="outcome-vision" className="space-y-1">
        {vision.length === 0 ? <p>{t("empty")}</p> : null}
        {vision.map((b, i) =>
          b.kind === "heading" ? (
            <p key={i} className="font-semibold">{b.text}</p>
          ) : (
            <p key={i} className={b.kind === "item" ? "pl-4 before:content-['•_']" : ""}>{b.text}</p>
          ),
        )}
      </div>
      <h3 className="font-semibold">{t("factors")}</h3>
      <ul className="list-disc pl-6" data-testid="outcome-factors">
        {factors.map((f) => (
          <li key={f.id} className={f.setAside ? "text-slate-600 line-through" : ""}>
            {name(f)}
            {f.nonNegotiable ? <strong> ({t("nonNegotiable")})</strong> : null}
            {f.setAside ? <span> ({t("setAside")})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Step 3's outcome: the priorities now and for a second phase, each with its tags and rationale. */
export function OutcomePriorities({ live, content }: { live: LiveWorkshop; content: RoomContent }) {
  const t = useTranslations("outcome.priorities");
  const { byDimension, phases } = live.decisions;
  const group = (priority: "first" | "second") => content.axes.filter((a) => byDimension[a.id]?.priority === priority);
  const parts = [
    { key: "first" as const, title: t("now"), timeframe: phases.timeframe },
    { key: "second" as const, title: t("later"), timeframe: phases.secondPhaseTimeframe },
  ];
  if (group("first").length === 0 && group("second").length === 0) return <p data-testid="outcome-priorities">{t("none")}</p>;
  return (
    <div className="space-y-3" data-testid="outcome-priorities">
      {parts.map(({ key, title, timeframe }) =>
        group(key).length ? (
          <div key={key}>
            <h3 className="font-semibold">{title}</h3>
            {timeframe ? <p className="text-sm">{t("timeframe", { timeframe })}</p> : null}
            <ol className="list-decimal space-y-1 pl-6">
              {group(key).map((a) => {
                const d = byDimension[a.id];
                const tags = (["bottleneck", "leverage", "feasible"] as const).filter((tag) => d?.[tag]).map((tag) => t(`tags.${tag}`));
                return (
                  <li key={a.id} data-testid={`outcome-priority-${a.id}`}>
                    <span className="font-medium">{a.label}</span>
                    {tags.length ? <span> ({tags.join(", ")})</span> : null}
                    <p className="text-sm">{d?.rationale.trim() ? t("rationale", { rationale: d.rationale }) : t("noRationale")}</p>
                  </li>
                );
              })}
            </ol>
          </div>
        ) : null,
      )}
    </div>
  );
}
