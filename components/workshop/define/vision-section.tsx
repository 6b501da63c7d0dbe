"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { EditorBinding } from "@/components/sync/use-workshop";
import type { Presence } from "@/lib/sync/awareness";
import type { RoomPrompt } from "../room-content";
import { ROOM_PARTS } from "../room-parts";

// The editor is the heaviest part of the room; it loads after the rest of the step is usable.
const VisionEditor = dynamic(() => ROOM_PARTS.visionEditor().then((m) => m.VisionEditor), { ssr: false });

/** Step 2's shared vision statement (co-edited, with everyone's named caret), with the questions that guide it. */
export function VisionSection({ vision, me, editable, prompts }: { vision: EditorBinding | null; me: Presence; editable: boolean; prompts: readonly RoomPrompt[] }) {
  const tv = useTranslations("room.vision");
  return (
    <section aria-labelledby="vision-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="vision-section">
      <h3 id="vision-title" className="text-xl font-bold">
        {tv("title")}
      </h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {prompts.map((p) => (
          <li key={p.id}>{p.question}</li>
        ))}
      </ul>
      <div className="mt-3">
        {vision ? (
          <VisionEditor fragment={vision.fragment} provider={vision.provider} user={me} label={tv("label")} placeholder={tv("placeholder")} readOnly={!editable} />
        ) : null}
      </div>
    </section>
  );
}
