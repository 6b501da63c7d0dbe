"use client";

import { useTranslations } from "next-intl";
import type { VoteResult } from "@/lib/sync/schema";
import { moveDot, type Ballot } from "@/lib/workshop/votes";
import type { RoomContent } from "./room-content";

/** Dot voting on priority dimensions: my dots (stackable, within the budget) and, once revealed, the tally. */
export function VotingSection({
  content,
  ballot,
  dotsPerPerson,
  result,
  onChange,
}: {
  content: RoomContent;
  ballot: Readonly<Record<string, unknown>>;
  dotsPerPerson: number;
  result: VoteResult;
  onChange?: (ballot: Ballot) => void;
}) {
  const t = useTranslations("room.votes");
  const mine: Record<string, number> = {};
  for (const [id, v] of Object.entries(ballot)) if (typeof v === "number" && v > 0) mine[id] = v;
  const used = Object.values(mine).reduce((a, b) => a + b, 0);
  const left = Math.max(0, dotsPerPerson - used);
  const maxTally = result.revealed ? Math.max(1, ...Object.values(result.tally)) : 1;
  const change = (id: string, delta: 1 | -1) => {
    const next = moveDot(mine, id, delta, dotsPerPerson);
    if (next.ok) onChange?.(next.ballot);
  };
  return (
    <section aria-labelledby="votes-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <h2 id="votes-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      {onChange ? (
        <>
          <p className="mt-1 text-sm text-slate-700">{t("hint", { total: dotsPerPerson })}</p>
          <p className="mt-2 font-semibold" aria-live="polite" data-testid="dots-left">
            {t("left", { count: left })}
          </p>
        </>
      ) : null}
      <p className="mt-1 text-sm font-medium" role="status" data-testid="votes-state">
        {result.revealed ? null : `${t("blind")} `}
        {t("voters", { count: result.voters })}
      </p>
      <ul className="mt-3 divide-y divide-slate-200">
        {content.axes.map((axis) => {
          const n = mine[axis.id] ?? 0;
          const tally = result.revealed ? (result.tally[axis.id] ?? 0) : null;
          return (
            <li key={axis.id} className="flex flex-wrap items-center gap-2 py-2" data-testid={`vote-row-${axis.id}`}>
              <span className="min-w-40 flex-1 font-medium">{axis.label}</span>
              {onChange ? (
                <span className="flex items-center gap-1">
                  <button
                    type="button"
                    onClick={() => change(axis.id, -1)}
                    disabled={n === 0}
                    aria-label={t("remove", { dimension: axis.label })}
                    className="h-11 w-11 rounded-full border border-slate-500 text-xl font-bold disabled:opacity-40"
                  >
                    −
                  </button>
                  <span className="w-20 text-center" data-testid={`my-dots-${axis.id}`} data-count={n}>
                    <span aria-hidden="true">{"●".repeat(n) || "·"}</span>
                    <span className="sr-only">{t("mine", { count: n })}</span>
                  </span>
                  <button
                    type="button"
                    onClick={() => change(axis.id, 1)}
                    disabled={left === 0}
                    aria-label={t("add", { dimension: axis.label })}
                    className="h-11 w-11 rounded-full border border-blue-700 bg-blue-700 text-xl font-bold text-white disabled:opacity-40"
                  >
                    +
                  </button>
                </span>
              ) : null}
              {tally !== null ? (
                <span className="flex w-full items-center gap-2 sm:w-48" data-testid={`tally-${axis.id}`} data-count={tally}>
                  <span aria-hidden="true" className="h-3 rounded bg-emerald-700" style={{ width: `${(tally / maxTally) * 100}%`, minWidth: tally ? "0.5rem" : 0 }} />
                  <span className="whitespace-nowrap text-sm">{t("tally", { count: tally })}</span>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
