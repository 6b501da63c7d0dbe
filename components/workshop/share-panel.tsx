"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** How participants get in: the join code (large, readable from the back of a room), the link and a QR code. */
export function SharePanel({ displayCode, joinUrl, qrSvg }: { displayCode: string; joinUrl: string; qrSvg: string }) {
  const t = useTranslations("room.share");
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="share-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <h2 id="share-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <img src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`} alt={t("qr", { url: joinUrl })} width={160} height={160} data-testid="join-qr" />
        <div className="min-w-0 flex-1">
          <p className="text-sm text-slate-700">{t("code")}</p>
          <p className="font-mono text-3xl font-bold tracking-widest" data-testid="join-code">
            {displayCode}
          </p>
          <p className="mt-2 text-sm text-slate-700">{t("link")}</p>
          <p className="break-all font-mono text-sm">
            <a href={joinUrl} className="text-blue-800 underline" data-testid="join-link">
              {joinUrl}
            </a>
          </p>
          <button
            type="button"
            className="mt-2 min-h-11 rounded-md border border-slate-500 px-3 text-sm font-semibold"
            onClick={async () => {
              await navigator.clipboard.writeText(joinUrl).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? t("copied") : t("copy")}
          </button>
        </div>
      </div>
    </section>
  );
}
