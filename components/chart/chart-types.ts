import type { DimensionAggregate } from "@/lib/workshop/scores";

/** One axis of the chart: a dimension, with its full label (the slider's name), a short label and five descriptors. */
export interface SpiderChartAxis {
  readonly id: string;
  /** Full name, e.g. "Financial model": the handle's accessible name and the table's row header. */
  readonly label: string;
  /** Short name drawn at the axis end, e.g. "Finance"; wrapped when long. */
  readonly short: string;
  /** What levels 1…5 mean for this dimension, in order. */
  readonly levels: readonly string[];
}

/** A participant's scores by dimension id: 1–5, 0 = "not assessed"; an absent key = not rated yet. */
export type ScoreMap = Readonly<Record<string, number>>;

/**
 * Called when a participant sets a score: 1–5, 0 = "not assessed", null = clear (back to "not rated").
 * Must be cheap: the chart calls it on every level change during a drag.
 */
export type ScoreChangeHandler = (axisId: string, value: number | null) => void;

/** The group's revealed numbers for one dimension, as the chart draws them (a {@link DimensionAggregate} fits). */
export type GroupValues = Pick<DimensionAggregate, "median" | "q1" | "q3">;

/** The words the chart shows or speaks; all already translated. */
export interface SpiderChartLabels {
  /** Accessible name of the chart, e.g. "Where the cluster stands". */
  readonly title: string;
  /** Legend entry for the participant's own polygon, e.g. "Your rating". */
  readonly mine: string;
  /** Legend entry for the group's median polygon. */
  readonly median: string;
  /** Legend entry for the interquartile band, e.g. "Middle half of answers". */
  readonly spread: string;
  readonly notAssessed: string;
  readonly notRated: string;
  /** Names of levels 1…5, e.g. "Established / strong". */
  readonly levelNames: readonly string[];
}

/** Props of {@link SpiderChart}. */
export interface SpiderChartProps {
  readonly axes: readonly SpiderChartAxis[];
  readonly mine: ScoreMap;
  /** Absent → a read-only chart without handles. */
  readonly onChange?: ScoreChangeHandler;
  /** The revealed group aggregates by dimension id, or null/absent while hidden. */
  readonly group?: Readonly<Record<string, GroupValues>> | null;
  readonly labels: SpiderChartLabels;
  readonly className?: string;
}
