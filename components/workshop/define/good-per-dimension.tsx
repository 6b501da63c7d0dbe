"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FragmentBinding } from "@/components/sync/use-board";
import type { Presence } from "@/lib/sync/awareness";
import { ROOM_PARTS } from "../room-parts";

const VisionEditor = dynamic(() => ROOM_PARTS.visionEditor().then((m) => m.VisionEditor), { ssr: false });

/**
 * Step 2's optional "what good looks like" per dimension: one co-edited text per spider leg. Each opens on demand,
 * so only the texts people are working on hold an editor.
 */
export function GoodPerDimension({
  axes,
  binding,
  me,
  editable,
}: {
  axes: readonly { id: string; label: string; levels: readonly string[] }[];
  binding: (dimensionId: string) => FragmentBinding | null;
  me: Presence;
  editable: boolean;
}) {
  const t = useTranslations("define.good");
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  return (
    <section aria-labelledby="good-title" className="space-y-2 rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="good-per-dimension">
      <h3 id="good-title" className="text-lg font-bold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      {axes.map((axis) => {
        const isOpen = open.has(axis.id);
        const b = isOpen ? binding(axis.id) : null;
        return (
          <details
            key={axis.id}
            open={isOpen}
            onToggle={(e) => {
              const now = e.currentTarget.open;
              setOpen((prev) => {
                const next = new Set(prev);
                if (now) next.add(axis.id);
                else next.delete(axis.id);
                return next;
              });
            }}
            className="rounded-md border border-slate-300"
            data-testid={`good-${axis.id}`}
          >
            <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold">{axis.label}</summary>
            <div className="space-y-2 px-3 pb-3">
              <p className="text-sm text-slate-700">{t("levelFive", { text: axis.levels[4] ?? "" })}</p>
              {b ? (
                <VisionEditor
                  fragment={b.fragment}
                  provider={b.provider}
                  user={me}
                  label={t("label", { dimension: axis.label })}
                  placeholder={t("placeholder")}
                  readOnly={!editable}
                  testId={`good-editor-${axis.id}`}
                />
              ) : null}
            </div>
          </details>
        );
      })}
    </section>
  );
}
