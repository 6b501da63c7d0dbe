import { memo } from "react";
import { LEVEL_MAX, LEVELS } from "@/lib/chart/geometry";
import type { RadarLayout } from "@/lib/chart/layout";
import { polygonPath } from "@/lib/chart/paths";
import { CHART_COLORS, CHART_SIZES } from "./chart-theme";

interface ChartGridProps {
  readonly layout: RadarLayout;
  /** Full axis labels, in axis order, shown as tooltips on the short ones. */
  readonly fullLabels: readonly string[];
  /** Marks the ring points on each axis as tap targets. */
  readonly editable: boolean;
  /** Line and number scale (1, or larger in the projector view). */
  readonly scale?: number;
}


/**
 * The static web: rings 1–5 with their numbers, axis lines and axis labels. Memoised on the layout, so a drag
 * never re-renders it. Hidden from assistive technology: the sliders and the score table carry the meaning.
 */
export const ChartGrid = memo(function ChartGrid({ layout, fullLabels, editable, scale = 1 }: ChartGridProps) {
  const { geometry, labels, options } = layout;
  const halfStep = Math.PI / geometry.axisCount;
  const axes = Array.from({ length: geometry.axisCount }, (_, i) => i);
  return (
    <g aria-hidden="true">
      {LEVELS.map((level) => (
        <path
          key={level}
          d={polygonPath(geometry.ringPoints(level))}
          fill="none"
          stroke={level === LEVEL_MAX ? CHART_COLORS.outerRing : CHART_COLORS.ring}
          strokeWidth={scale}
        />
      ))}
      {axes.map((i) => {
        const [x, y] = geometry.pointAt(i, LEVEL_MAX);
        return <line key={i} x1={0} y1={0} x2={x} y2={y} stroke={CHART_COLORS.axis} strokeWidth={scale} />;
      })}
      {editable &&
        axes.flatMap((i) =>
          LEVELS.map((level) => {
            const [x, y] = geometry.pointAt(i, level);
            return <circle key={`${i}-${level}`} cx={x} cy={y} r={2} fill={CHART_COLORS.axis} />;
          }),
        )}
      {LEVELS.map((level) => {
        // Numbers sit on the ring's edge halfway between the first two axes, away from any handle.
        const r = geometry.levelRadius(level) * Math.cos(halfStep);
        return (
          <text
            key={level}
            x={r * Math.sin(halfStep)}
            y={-r * Math.cos(halfStep)}
            fontSize={CHART_SIZES.levelFont * scale}
            textAnchor="middle"
            dominantBaseline="central"
            fill={CHART_COLORS.mutedText}
            stroke={CHART_COLORS.surface}
            strokeWidth={3}
            paintOrder="stroke"
          >
            {level}
          </text>
        );
      })}
      {labels.map((label, i) => (
        <text
          key={i}
          x={label.x}
          textAnchor={label.anchor}
          fontSize={options.font.size}
          fontWeight={600}
          fill={CHART_COLORS.text}
        >
          <title>{fullLabels[i]}</title>
          {label.lines.map((line, k) => (
            <tspan key={k} x={label.x} y={label.baselines[k]}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
});
