"use client";

import { useId, type ChangeEvent } from "react";
import { LEVELS } from "@/lib/chart/geometry";
import type { DimensionAggregate } from "@/lib/workshop/scores";
import type { ScoreChangeHandler, ScoreMap, SpiderChartAxis } from "./chart-types";

/** The group's numbers for one dimension as the table shows them (a {@link DimensionAggregate} fits). */
export type GroupAggregate = Pick<DimensionAggregate, "n" | "notAssessed" | "median" | "q1" | "q3">;

/** The words of the score table; all already translated. */
export interface ScoreTableLabels {
  readonly caption: string;
  /** Column headers. */
  readonly dimension: string;
  readonly mine: string;
  readonly median: string;
  readonly spread: string;
  readonly responses: string;
  readonly notAssessed: string;
  readonly notRated: string;
  /** Names of levels 1…5. */
  readonly levelNames: readonly string[];
  /** Shown in the group's columns while the group is hidden; "—" when absent. */
  readonly hidden?: string;
  /** The disagreement badge, e.g. "Discuss this" (shown with `discuss`). */
  readonly discuss?: string;
}

/** Props of {@link ScoreTable}: the chart's data, plus the counts only a table shows. */
export interface ScoreTableProps {
  readonly axes: readonly Pick<SpiderChartAxis, "id" | "label">[];
  readonly mine: ScoreMap;
  /** Absent → my scores are plain text. */
  readonly onChange?: ScoreChangeHandler;
  /** The revealed group aggregates by dimension id, or null/absent while hidden. */
  readonly group?: Readonly<Record<string, GroupAggregate>> | null;
  readonly labels: ScoreTableLabels;
  /** BCP 47 locale for numbers (3.5 vs 3,5); "en" when absent, so server and client render alike. */
  readonly locale?: string;
  /** Dimension ids to flag for discussion (wide disagreement; revealed results only). */
  readonly discuss?: readonly string[];
  readonly className?: string;
}

const NOT_RATED = "";
const isNumber = (v: number | null | undefined): v is number => typeof v === "number";

/**
 * The chart's data as an accessible table — the text alternative to the radar, and the way to score without
 * dragging: one row per dimension with my score (a select when editable), the group median, its interquartile
 * range and the number of responses.
 */
export function ScoreTable({ axes, mine, onChange, group, labels, locale, discuss, className }: ScoreTableProps) {
  const id = useId();
  const format = new Intl.NumberFormat(locale ?? "en", { maximumFractionDigits: 2 }).format;
  const levelText = (v: number): string => {
    const name = labels.levelNames[v - 1];
    return name ? `${v} – ${name}` : String(v);
  };
  const hidden = labels.hidden ?? "—";
  const th = "px-2 py-1.5 text-left font-semibold";
  const td = "px-2 py-1.5 tabular-nums";

  return (
    // On a phone the table may scroll sideways: the region is focusable so keyboard users can scroll it too.
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className={`overflow-x-auto ${className ?? ""}`}>
      <table className="w-full border-collapse text-sm text-zinc-900" data-testid="score-table">
        <caption id={`${id}-caption`} className="mb-1 text-left font-semibold">{labels.caption}</caption>
        <thead>
          <tr className="border-b border-zinc-300">
            <th scope="col" className={th}>{labels.dimension}</th>
            <th scope="col" className={th} id={`${id}-mine`}>{labels.mine}</th>
            <th scope="col" className={th}>{labels.median}</th>
            <th scope="col" className={th}>{labels.spread}</th>
            <th scope="col" className={th}>{labels.responses}</th>
          </tr>
        </thead>
        <tbody>
          {axes.map((axis) => {
            const value = mine[axis.id];
            const agg = group ? group[axis.id] : undefined;
            const rowId = `${id}-${axis.id}`;
            const onSelect = (e: ChangeEvent<HTMLSelectElement>): void =>
              onChange?.(axis.id, e.target.value === NOT_RATED ? null : Number(e.target.value));
            return (
              <tr key={axis.id} className="border-b border-zinc-200" data-testid={`score-row-${axis.id}`}>
                <th scope="row" id={rowId} className={`${th} font-medium`}>
                  {axis.label}
                  {group && discuss?.includes(axis.id) && (
                    <span className="ml-1.5 inline-block rounded border border-red-800 px-1 text-xs font-semibold text-red-800" data-testid={`discuss-${axis.id}`}>
                      <span aria-hidden="true">! </span>
                      {labels.discuss ?? "!"}
                    </span>
                  )}
                </th>
                <td className={td}>
                  {onChange ? (
                    <select
                      aria-labelledby={`${id}-mine ${rowId}`}
                      data-testid={`score-select-${axis.id}`}
                      value={value === undefined ? NOT_RATED : String(value)}
                      onChange={onSelect}
                      className="w-full min-w-[7rem] max-w-[14rem] rounded border border-zinc-400 bg-white px-1.5 py-1.5 text-sm"
                    >
                      <option value={NOT_RATED}>{labels.notRated}</option>
                      {LEVELS.map((v) => (
                        <option key={v} value={String(v)}>{levelText(v)}</option>
                      ))}
                      <option value="0">{labels.notAssessed}</option>
                    </select>
                  ) : value === undefined ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{labels.notRated}</span>
                    </>
                  ) : value === 0 ? (
                    labels.notAssessed
                  ) : (
                    levelText(value)
                  )}
                </td>
                <td className={td}>{!group ? hidden : isNumber(agg?.median) ? format(agg.median) : "—"}</td>
                <td className={`${td} whitespace-nowrap`}>
                  {!group ? hidden : isNumber(agg?.q1) && isNumber(agg.q3) ? `${format(agg.q1)}–${format(agg.q3)}` : "—"}
                </td>
                <td className={td}>
                  {!group ? hidden : (
                    <>
                      {agg?.n ?? 0}
                      {(agg?.notAssessed ?? 0) > 0 && (
                        <span className="text-zinc-600"> (+{agg?.notAssessed} {labels.notAssessed})</span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
