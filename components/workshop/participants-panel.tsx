"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormError } from "@/components/ui/field";
import { participantListSchema, type ParticipantList } from "@/lib/validation/responses";
import { DANGER_FILLED } from "./danger-styles";
import { Dialog } from "./dialog";
import { postJson, useSubmit } from "./use-submit";

type Person = ParticipantList["participants"][number];
const REFRESH_MS = 5000;

/**
 * Everyone who joined, refreshed every few seconds, each with a Remove button. Removing refuses their token renewal
 * and makes the sync server close their connections; what they contributed stays.
 */
export function ParticipantsPanel({ workshopId, initial, sectors }: { workshopId: string; initial: Person[]; sectors: Readonly<Record<string, string>> }) {
  const t = useTranslations("manage");
  const tc = useTranslations("common");
  const [people, setPeople] = useState(initial);
  const [removing, setRemoving] = useState<Person | null>(null);

  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      const res = await fetch(`/api/workshops/${workshopId}/participants`, { cache: "no-store" }).catch(() => null);
      const parsed = participantListSchema.safeParse(await res?.json().catch(() => null));
      if (!stopped && parsed.success) setPeople(parsed.data.participants);
    };
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [workshopId]);

  const remove = useSubmit(async () => {
    if (!removing) return;
    const res = await postJson(`/api/workshops/${workshopId}/participants/${removing.id}/remove`, {});
    if (!res.ok) return t("error", { message: res.message });
    setPeople((list) => list.map((p) => (p.id === removing.id ? { ...p, removed: true } : p)));
    setRemoving(null);
  }, tc("network"));

  const active = people.filter((p) => !p.removed);
  return (
    <section aria-labelledby="participants-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <h2 id="participants-title" className="text-lg font-bold">
        {t("participantsTitle", { count: active.length })}
      </h2>
      {people.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("noParticipants")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200" data-testid="participant-list">
          {people.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5" data-testid="participant-row" data-removed={p.removed}>
              <span className={p.removed ? "text-slate-600 line-through" : undefined}>
                <span className="font-medium">{p.name}</span>
                <span className="text-sm text-slate-700">
                  {" · "}
                  {[sectors[p.sector] ?? p.sector, p.organisation].filter(Boolean).join(" · ")}
                  {p.removed ? ` · ${t("removedLabel")}` : ""}
                </span>
              </span>
              {p.removed ? null : (
                <button type="button" className="min-h-11 rounded-md border border-red-800 px-3 text-sm font-semibold text-red-800 hover:bg-red-50" onClick={() => setRemoving(p)}>
                  {t("removeParticipant", { name: p.name })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <Dialog open={removing !== null} onClose={() => setRemoving(null)} title={t("removeTitle", { name: removing?.name ?? "" })}>
        <form className="space-y-4" onSubmit={remove.onSubmit}>
          <p>{t("removeBody")}</p>
          <FormError message={remove.error} />
          <div className="flex justify-end gap-2">
            <button type="button" className="min-h-11 rounded-md border border-slate-500 px-4 font-semibold" onClick={() => setRemoving(null)}>
              {t("cancel")}
            </button>
            <button type="submit" className={DANGER_FILLED} disabled={remove.busy}>
              {t("removeConfirm")}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
