"use client";

import { useTranslations } from "next-intl";

const LINK = "inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2";

/** The facilitator's ways out of the room: the printable outcome report and the JSON and CSV downloads. */
export function OutcomeLinks({ workshopId }: { workshopId: string }) {
  const t = useTranslations("outcome");
  const tt = useTranslations("transfer");
  return (
    <ul className="space-y-0" data-testid="outcome-links">
      <li>
        <a href={`/w/${workshopId}/outcome`} className={LINK} data-testid="outcome-link">
          {t("link")}
        </a>
      </li>
      <li>
        <a href={`/api/workshops/${workshopId}/export`} download className={LINK} data-testid="export-json-link">
          {tt("exportJson")}
        </a>
      </li>
      <li>
        <a href={`/api/workshops/${workshopId}/export/csv`} download className={LINK} data-testid="export-csv-link">
          {tt("exportCsv")}
        </a>
      </li>
    </ul>
  );
}
