"use client";

import { useTranslations } from "next-intl";
import type { RoomStep } from "./room-content";

/** What a participant sees during pre-work: which steps are open to prepare in their own time. */
export function PreworkBanner({ steps, open, shownOpen }: { steps: readonly RoomStep[]; open: readonly number[]; shownOpen: boolean }) {
  const t = useTranslations("prework.banner");
  const names = steps.filter((s) => open.includes(s.number)).map((s) => `${s.number}. ${s.label}`);
  return (
    <section aria-labelledby="prework-title" className="rounded-lg border border-emerald-700 bg-emerald-50 p-3 text-emerald-950" data-testid="prework-banner" data-open={open.join(",")}>
      <h2 id="prework-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{names.length ? t("open", { steps: names.join(", ") }) : t("none")}</p>
      {names.length && !shownOpen ? <p className="text-sm font-semibold">{t("notOpenHere")}</p> : null}
    </section>
  );
}
