import type { DimensionAggregate } from "@/lib/workshop/scores";
import type { LayerVisibility } from "./chart-layers";

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
 * A drag calls it once, on release (see docs/decisions/010-chart-layers-and-live-drag.md); keys and taps at once.
 */
export type ScoreChangeHandler = (axisId: string, value: number | null) => void;

/** A drag in progress on this device: the axis and the level under the finger. */
export interface ChartDrag {
  readonly axisId: string;
  readonly level: number;
}

/** Told about a drag's level while it is under way (to show others a ghost), and null when it ends. */
export type DragPreviewHandler = (drag: ChartDrag | null) => void;

/** The group's revealed numbers for one dimension, as the chart draws them (a {@link DimensionAggregate} fits). */
export type GroupValues = Pick<DimensionAggregate, "median" | "q1" | "q3"> &
  Partial<Pick<DimensionAggregate, "min" | "max">>;

/** A named profile drawn as a reference line: a sector's median, a case, an earlier assessment. Null/absent = gap. */
export interface ProfileOverlay {
  readonly id: string;
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/** One person's revealed sheet (non-anonymous workshops only), drawn faintly among everybody's. */
export interface IndividualSheet {
  readonly id: string;
  readonly values: ScoreMap;
}

/** Somebody else's drag in progress, seen live after the reveal: a small translucent marker in their colour. */
export interface ChartGhost {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly dimensionId: string;
  readonly level: number;
}

/** The words the chart shows or speaks; all already translated (components/workshop/use-chart-labels builds them). */
export interface SpiderChartLabels {
  /** Accessible name of the chart, e.g. "Where the cluster stands". */
  readonly title: string;
  /** Legend entry for the participant's own polygon, e.g. "Your rating". */
  readonly mine: string;
  /** Legend entry for the group's median polygon of the profile being rated. */
  readonly median: string;
  /** Legend entry for the interquartile band, e.g. "Middle half of answers". */
  readonly spread: string;
  /** Legend entry for the lighter min–max band. */
  readonly range: string;
  /** Legend entry for the other profile's group median (the reference). */
  readonly reference: string;
  /** Legend toggle that splits the group by sector. */
  readonly sectors: string;
  /** Legend toggle of the case profiles, and the word that marks them illustrative. */
  readonly cases: string;
  readonly illustrative: string;
  readonly individuals: string;
  /** Legend entry of other people's drags in progress. */
  readonly ghosts: string;
  /** Name of the legend's group of toggles. */
  readonly legend: string;
  /** The disagreement cue, e.g. "Discuss this". */
  readonly discuss: string;
  readonly notAssessed: string;
  readonly notRated: string;
  /** The touch control that marks the selected axis "not assessed". */
  readonly markNotAssessed: string;
  /** Status line before any axis is picked, e.g. "Tap or drag a point to rate it". */
  readonly pickAxis: string;
  readonly downloadSvg: string;
  readonly downloadPng: string;
  /** Names of levels 1…5, e.g. "Established / strong". */
  readonly levelNames: readonly string[];
}

/** Props of {@link import("./spider-chart").SpiderChart}. Every layer is optional: absent data draws nothing. */
export interface SpiderChartProps {
  readonly axes: readonly SpiderChartAxis[];
  readonly mine: ScoreMap;
  /** Absent → a read-only chart without handles. */
  readonly onChange?: ScoreChangeHandler;
  /** Live preview of a drag (for ghosts on other devices); only given while the group is revealed. */
  readonly onDrag?: DragPreviewHandler;
  /** Which profile this chart rates; styles the group median (baseline and target differ). */
  readonly profile?: "baseline" | "target";
  /** The revealed group aggregates by dimension id, or null/absent while hidden. */
  readonly group?: Readonly<Record<string, GroupValues>> | null;
  /** The other profile's revealed group aggregates, drawn as its median line for reference. */
  readonly reference?: Readonly<Record<string, GroupValues>> | null;
  /** Per-sector medians, when revealed (and published: see lib/sync/derive-results). */
  readonly sectors?: readonly ProfileOverlay[];
  /** The illustrative case profiles. */
  readonly cases?: readonly ProfileOverlay[];
  /** An earlier assessment's profile; drawn when given. */
  readonly earlier?: { readonly label: string; readonly values: Readonly<Record<string, number | null>> };
  readonly individuals?: readonly IndividualSheet[];
  readonly ghosts?: readonly ChartGhost[];
  /** Dimension ids to flag "discuss this" (wide disagreement); only pass them once revealed. */
  readonly discuss?: readonly string[];
  /** "projector": larger labels, thicker lines, no handles. */
  readonly size?: "default" | "projector";
  /** When given, SVG and PNG downloads are offered under this base file name. */
  readonly exportName?: string;
  /** A short text summary read by screen readers (lib/chart/summary, worded by the caller). */
  readonly summary?: string;
  /** Which layers start visible (the legend toggles them). */
  readonly initialLayers?: Partial<LayerVisibility>;
  readonly labels: SpiderChartLabels;
  readonly className?: string;
}
