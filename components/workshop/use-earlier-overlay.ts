"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { earlierProfileResponseSchema, type EarlierProfile } from "@/lib/validation/earlier-profile";

/**
 * Where a room gets the earlier assessment of a re-assessment from: facilitators' pages load it on the server
 * ("given"); participants and observers ask the web app with their sync token once the group's baseline is revealed
 * ("fetch"; the server checks the reveal again and finds the earlier workshop itself).
 */
export type EarlierSource = { readonly kind: "given"; readonly profile: EarlierProfile | null } | { readonly kind: "fetch"; readonly workshopId: string };

/** A day in the person's language; UTC, so the server's and the browser's rendering agree. */
const formatDay = (ms: number, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(ms);

/** The earlier assessment as the chart draws it: a legend label and a value per dimension id. */
export interface EarlierOverlay {
  readonly label: string;
  readonly values: Readonly<Record<string, number | null>>;
}

/**
 * The earlier assessment's overlay for this room, labelled with the earlier workshop's title and date, or undefined:
 * no earlier assessment, or (for "fetch") the baseline is not revealed — hidden again if the facilitator un-reveals.
 */
export function useEarlierOverlay(source: EarlierSource | undefined, token: string, revealed: boolean): EarlierOverlay | undefined {
  const t = useTranslations("earlier");
  const locale = useLocale();
  const [fetched, setFetched] = useState<{ workshopId: string; profile: EarlierProfile | null } | null>(null);
  const fetchId = source?.kind === "fetch" && revealed ? source.workshopId : null;
  const have = fetched?.workshopId === fetchId;

  useEffect(() => {
    if (fetchId === null || have) return;
    const controller = new AbortController();
    fetch(`/api/workshops/${encodeURIComponent(fetchId)}/earlier`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) return;
        const parsed = earlierProfileResponseSchema.safeParse(await res.json());
        if (parsed.success) setFetched({ workshopId: fetchId, profile: parsed.data.earlier });
      })
      .catch(() => undefined);
    return () => controller.abort();
    // The token is read when asking, not a reason to ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetchId, have]);

  const profile = source?.kind === "given" ? source.profile : fetchId !== null && have ? (fetched?.profile ?? null) : null;
  return useMemo(
    () => (profile ? { label: t("label", { title: profile.title, date: formatDay(profile.date, locale) }), values: profile.values } : undefined),
    [profile, t, locale],
  );
}
