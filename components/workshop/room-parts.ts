"use client";

import { useEffect, useState } from "react";

/**
 * The room's lazily loaded chunks, each behind exactly ONE `import()` call site. The bundler emits a chunk list per
 * call site, so a second `import()` of the same module elsewhere can name different files: a phone that prefetched
 * through one site and opens a step through another would ask the network again (and fail offline). Every
 * `next/dynamic` in the room therefore uses these loaders, and {@link useRoomPartsPrefetch} calls the same ones.
 */
export const ROOM_PARTS = {
  stepDescribe: () => import("./steps/step-describe"),
  stepDefine: () => import("./steps/step-define"),
  stepDecide: () => import("./steps/step-decide"),
  stepGoals: () => import("./steps/step-goals"),
  stepPlan: () => import("./steps/step-plan"),
  scoringSection: () => import("./scoring-section"),
  stepReview: () => import("./step-review"),
  visionEditor: () => import("@/components/editor/vision-editor"),
} as const;

/**
 * What the idle prefetch fetches: everything but the editor (ProseMirror/Tiptap, ~134 KB gzip — too heavy to pull
 * onto every phone in the background; it loads when step 2 shows it).
 */
const PREFETCHED = ["stepDescribe", "stepDefine", "stepDecide", "stepGoals", "stepPlan", "scoringSection", "stepReview"] as const satisfies readonly (keyof typeof ROOM_PARTS)[];

/**
 * Fetched first, alone, so it does not share a slow link with the rest: the rating chart, which step 1 (where
 * workshops start) opens next with its baseline tab.
 */
const FIRST: (typeof PREFETCHED)[number] = "scoringSection";

/**
 * Once the room is on screen, fetches every later chunk while the browser is idle (again when it comes back online
 * after a failure), so a participant who loses the network can still open any step and rate offline (the documents
 * are in IndexedDB). These fetches are not part of the first load (docs/decisions/023-phone-weight.md). True when all
 * are here.
 */
export function useRoomPartsPrefetch(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let idle: number | null = null;
    const attempt = () => {
      ROOM_PARTS[FIRST]()
        .then(() => Promise.all(PREFETCHED.map((part) => ROOM_PARTS[part]())))
        .then(
          () => {
            if (!cancelled) setReady(true);
          },
          () => window.addEventListener("online", attempt, { once: true }),
        );
    };
    if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(attempt, { timeout: 3000 });
    else idle = window.setTimeout(attempt, 500);
    return () => {
      cancelled = true;
      if (idle !== null) {
        if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      }
      window.removeEventListener("online", attempt);
    };
  }, []);
  return ready;
}
