"use client";

import { useState, type RefObject } from "react";
import { downloadChartPng, downloadChartSvg, type ChartLayers } from "./chart-export";

/** Two buttons that download the chart as it is drawn now (visible layers only) as SVG and PNG. */
export function ChartDownloads({
  backRef,
  frontRef,
  title,
  fileBase,
  labels,
}: {
  /** The chart's background and foreground SVGs, merged into one file. */
  readonly backRef: RefObject<SVGSVGElement | null>;
  readonly frontRef: RefObject<SVGSVGElement | null>;
  /** Embedded as the file's <title>. */
  readonly title: string;
  /** File name without extension, e.g. "pomerania-kick-off-baseline". */
  readonly fileBase: string;
  readonly labels: { readonly svg: string; readonly png: string };
}) {
  const [busy, setBusy] = useState(false);
  const button = "min-h-11 rounded-md border border-zinc-500 bg-white px-3 py-1 text-sm font-semibold disabled:opacity-60";
  const layers = (): ChartLayers | null => (backRef.current && frontRef.current ? { back: backRef.current, front: frontRef.current } : null);
  const onSvg = (): void => {
    const svg = layers();
    if (svg) downloadChartSvg(svg, title, `${fileBase}.svg`);
  };
  const onPng = (): void => {
    const svg = layers();
    if (!svg) return;
    setBusy(true);
    downloadChartPng(svg, title, `${fileBase}.png`)
      .catch((error: unknown) => console.error("PNG export failed", error))
      .finally(() => setBusy(false));
  };
  return (
    <div className="flex flex-wrap justify-center gap-2 @3xl:justify-start" data-testid="chart-downloads">
      <button type="button" onClick={onSvg} className={button} data-testid="download-svg">
        {labels.svg}
      </button>
      <button type="button" onClick={onPng} disabled={busy} aria-busy={busy} className={button} data-testid="download-png">
        {labels.png}
      </button>
    </div>
  );
}
