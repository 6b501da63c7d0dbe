"use client";

import { useTranslations } from "next-intl";
import { OutcomeLinks } from "./outcome/outcome-links";
import { useRouter } from "next/navigation";
import { FormError } from "@/components/ui/field";
import type { ParticipantList } from "@/lib/validation/responses";
import { CopyButton } from "./copy-button";
import { ParticipantsPanel } from "./participants-panel";
import { SharePanel } from "./share-panel";
import { postJson, useSubmit } from "./use-submit";

/** The links of a workshop, as lib/service/workshops workshopLinks builds them. */
export interface PanelLinks {
  readonly joinUrl: string;
  readonly displayCode: string;
  readonly projectorUrl: string;
  readonly observerUrl: string;
}

/**
 * The facilitator's side panel in the room: inviting people in (code, link, QR, full-screen code), the projector
 * view and the read-only guest link, closing or reopening the workshop, and the participant list.
 */
export function FacilitatorPanel({
  workshopId,
  links,
  qrSvg,
  closed,
  initialParticipants,
  sectors,
}: {
  workshopId: string;
  links: PanelLinks;
  qrSvg: string;
  closed: boolean;
  initialParticipants: ParticipantList["participants"];
  sectors: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("manage");
  const tc = useTranslations("common");
  const router = useRouter();
  const toggle = useSubmit(async () => {
    const res = await postJson(`/api/workshops/${workshopId}/close`, { closed: !closed });
    if (!res.ok) return t("error", { message: res.message });
    router.refresh();
  }, tc("network"));
  return (
    <div className="space-y-4" data-testid="facilitator-panel">
      {closed ? (
        <p role="status" className="rounded-lg border border-amber-700 bg-amber-50 p-3 font-medium text-amber-950" data-testid="closed-notice">
          {t("closedNotice")}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <SharePanel displayCode={links.displayCode} joinUrl={links.joinUrl} qrSvg={qrSvg} />
        <section aria-labelledby="run-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
          <h2 id="run-title" className="text-lg font-bold">
            {t("panelTitle")}
          </h2>
          <p>
            <a href={links.projectorUrl} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2" data-testid="projector-link">
              {t("projector")}
            </a>
          </p>
          <OutcomeLinks workshopId={workshopId} />
          <div>
            <p className="text-sm text-slate-700">{t("observerLink")}</p>
            <p className="break-all font-mono text-sm" data-testid="observer-link">
              {links.observerUrl}
            </p>
            <CopyButton text={links.observerUrl} label={t("copy")} copied={t("copied")} className="mt-1" />
          </div>
          <form onSubmit={toggle.onSubmit}>
            <p className="text-sm text-slate-700">{t("closeHint")}</p>
            <button
              type="submit"
              disabled={toggle.busy}
              className="mt-1 min-h-11 rounded-md border border-slate-700 bg-white px-4 font-semibold hover:bg-slate-100"
              data-testid="close-workshop"
            >
              {closed ? t("reopenWorkshop") : t("closeWorkshop")}
            </button>
            <FormError message={toggle.error} />
          </form>
        </section>
      </div>
      <ParticipantsPanel workshopId={workshopId} initial={initialParticipants} sectors={sectors} />
    </div>
  );
}
