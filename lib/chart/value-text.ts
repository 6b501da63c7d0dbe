/** The words a score needs to be read aloud or shown: level names 1–5 and the two "no number" answers. */
export interface ValueTextLabels {
  /** Names of levels 1…5, e.g. "Established / strong". */
  readonly levelNames: readonly string[];
  readonly notAssessed: string;
  readonly notRated: string;
}

/**
 * Human text for one dimension's score, used as a slider's aria-valuetext and in the chart's status line:
 * "4 – Established / strong: <what level 4 means for this dimension>", or the "not assessed" / "not rated"
 * label for 0 / absent. Parts that are missing (no name, no descriptor) are left out rather than shown empty.
 */
export function describeValue(
  value: number | undefined,
  descriptors: readonly string[],
  labels: ValueTextLabels,
): string {
  if (value === undefined) return labels.notRated;
  if (value === 0) return labels.notAssessed;
  const name = labels.levelNames[value - 1];
  const descriptor = descriptors[value - 1];
  const head = name ? `${value} – ${name}` : String(value);
  return descriptor ? `${head}: ${descriptor}` : head;
}
