"use client";

import type { ReactNode } from "react";
import type { RoomContent } from "../room-content";
import { SectionTabs } from "../section-tabs";

/**
 * Steps 4 and 5 show one card per confirmed priority: a notice when there is none yet, the card alone for one, a tab
 * per dimension for several.
 */
export function PriorityParts({
  dims,
  axes,
  empty,
  tabsLabel,
  testId,
  card,
}: {
  dims: readonly string[];
  axes: RoomContent["axes"];
  empty: string;
  tabsLabel: string;
  testId: string;
  card: (dim: string, label: string) => ReactNode;
}) {
  const axis = (dim: string) => axes.find((a) => a.id === dim);
  if (dims.length === 0) {
    return (
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-3" role="status" data-testid="no-priorities">
        {empty}
      </p>
    );
  }
  if (dims.length === 1) return card(dims[0]!, axis(dims[0]!)?.label ?? dims[0]!);
  return <SectionTabs label={tabsLabel} testId={testId} tabs={dims.map((dim) => ({ id: dim, label: axis(dim)?.short ?? dim, render: () => card(dim, axis(dim)?.label ?? dim) }))} />;
}
