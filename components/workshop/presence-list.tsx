"use client";

import { useTranslations } from "next-intl";
import type { PresentPerson } from "@/components/sync/use-presence";

/** Who is in the room right now, with their sector or role. */
export function PresenceList({ people, sectors }: { people: readonly PresentPerson[]; sectors: Readonly<Record<string, string>> }) {
  const t = useTranslations("room");
  return (
    <section aria-labelledby="presence-title" className="rounded-lg border border-slate-300 bg-white p-3">
      <h2 id="presence-title" className="text-sm font-semibold text-slate-800">
        {t("presence", { count: people.length })}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2" data-testid="presence-list">
        {people.map((p) => (
          <li key={p.clientId} className="flex items-center gap-2 rounded-full border border-slate-300 px-3 py-1 text-sm">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: p.color }} />
            <span className="font-medium">{p.name}</span>
            <span className="text-slate-700">
              {p.role === "participant" ? (p.sector ? sectors[p.sector] ?? p.sector : "") : t(p.role)}
              {p.self ? ` (${t("you")})` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
