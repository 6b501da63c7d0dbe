"use client";

import type { LiveWorkshop } from "@/components/sync/use-workshop";
import { useVisionBlocks } from "@/components/sync/use-vision-blocks";
import type { ProfileResult } from "@/lib/sync/schema";
import { countWords, reviewPriorities, reviewSnapshot, reviewVision, type RevealedProfile } from "@/lib/workshop/review";
import { ReviewChecks } from "./review-checks";
import type { RoomContent } from "./room-content";

/** A revealed profile's aggregates for the checks, or null while it is hidden. */
export function revealedProfile(result: ProfileResult): RevealedProfile {
  return result.revealed ? result.dimensions : null;
}

/**
 * Evaluate mode, steps 1–3: the step's question about the existing cluster with checks from what the room has
 * produced (steps 4 and 5 check their goals and plans on their own screens).
 */
export function StepReview({ step, live, content }: { step: number; live: LiveWorkshop; content: RoomContent }) {
  const blocks = useVisionBlocks(live.vision);
  const ids = content.axes.map((a) => a.id);
  const baseline = revealedProfile(live.results.baseline);
  const target = revealedProfile(live.results.target);
  const checks =
    step === 1
      ? reviewSnapshot(ids, baseline)
      : step === 2
        ? reviewVision(ids, {
            visionWords: countWords(blocks.map((b) => b.text).join(" ")),
            target,
            nonNegotiables: Object.values(live.board.factorFlags).filter((f) => f.nonNegotiable && !f.setAside).length,
          })
        : reviewPriorities(ids, live.decisions.byDimension, baseline, target);
  return <ReviewChecks step={step} checks={checks} content={content} />;
}
