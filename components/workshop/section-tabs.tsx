"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/** One part of a step screen. */
export interface SectionTab {
  readonly id: string;
  readonly label: string;
  readonly render: () => ReactNode;
}

/**
 * A step's parts as tabs (WAI-ARIA tabs pattern: arrow keys, Home/End, automatic activation). Only the selected
 * part is rendered. The choice is this device's own: the facilitator moves people between steps, not tabs.
 */
export function SectionTabs({ label, tabs, testId }: { label: string; tabs: readonly SectionTab[]; testId: string }) {
  const [selected, setSelected] = useState(tabs[0]?.id ?? "");
  const base = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const active = tabs.find((t) => t.id === selected) ?? tabs[0];
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const next =
      e.key === "ArrowRight" ? (index + 1) % tabs.length
      : e.key === "ArrowLeft" ? (index - 1 + tabs.length) % tabs.length
      : e.key === "Home" ? 0
      : e.key === "End" ? tabs.length - 1
      : null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    e.preventDefault();
    setSelected(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div data-testid={testId}>
      <div role="tablist" aria-label={label} className="grid auto-cols-fr grid-flow-col gap-1 border-b border-slate-300">
        {tabs.map((tab, i) => {
          const on = tab.id === active?.id;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={on}
              aria-controls={on ? `${base}-panel-${tab.id}` : undefined}
              tabIndex={on ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={`min-h-11 rounded-t-md px-1 py-2 text-center text-sm font-semibold leading-tight sm:px-3 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700 ${on ? "border-b-4 border-blue-700 text-blue-900" : "text-slate-700 hover:bg-slate-100"}`}
              data-testid={`tab-${tab.id}`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {active ? (
        <div role="tabpanel" id={`${base}-panel-${active.id}`} aria-labelledby={`${base}-tab-${active.id}`} className="pt-3">
          {active.render()}
        </div>
      ) : null}
    </div>
  );
}
