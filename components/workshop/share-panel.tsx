"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CopyButton } from "./copy-button";
import { JoinCodeScreen, JoinQr } from "./join-code-screen";

/**
 * How participants get in: the join code (large, readable from the back of a room), the link and a QR code, and a
 * button that shows the code and a screen-filling QR code for the room.
 */
export function SharePanel({ displayCode, joinUrl, qrSvg }: { displayCode: string; joinUrl: string; qrSvg: string }) {
  const t = useTranslations("room.share");
  const tm = useTranslations("manage");
  const [fullScreen, setFullScreen] = useState(false);
  return (
    <section aria-labelledby="share-title" className="rounded-lg border border-slate-300 bg-white p-3 sm:p-4">
      <h2 id="share-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <JoinQr qrSvg={qrSvg} joinUrl={joinUrl} className="h-40 w-40" testId="join-qr" />
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
          <div className="mt-2 flex flex-wrap gap-2">
            <CopyButton text={joinUrl} label={t("copy")} copied={t("copied")} />
            <button type="button" className="min-h-11 rounded-md bg-blue-700 px-3 text-sm font-semibold text-white hover:bg-blue-800" onClick={() => setFullScreen(true)}>
              {tm("showCode")}
            </button>
          </div>
        </div>
      </div>
      <JoinCodeScreen open={fullScreen} onClose={() => setFullScreen(false)} displayCode={displayCode} joinUrl={joinUrl} qrSvg={qrSvg} />
    </section>
  );
}
