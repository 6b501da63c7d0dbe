"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "./dialog";

/** The join QR code as an <img> (the SVG is ours, from the server; an image keeps it inert). */
export function JoinQr({ qrSvg, joinUrl, className, testId }: { qrSvg: string; joinUrl: string; className: string; testId?: string }) {
  const t = useTranslations("projector");
  return <img src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`} alt={t("qr", { url: joinUrl })} className={className} data-testid={testId} />;
}

/** "Show join code": a full-screen dialog with a QR code as large as the screen allows and the code in big type. */
export function JoinCodeScreen({
  open,
  onClose,
  displayCode,
  joinUrl,
  qrSvg,
}: {
  open: boolean;
  onClose: () => void;
  displayCode: string;
  joinUrl: string;
  qrSvg: string;
}) {
  const t = useTranslations("manage");
  const origin = new URL(joinUrl).host;
  return (
    <Dialog open={open} onClose={onClose} title={t("showCodeTitle")} size="full">
      <div className="flex flex-col items-center gap-4 text-center" data-testid="join-code-screen">
        <JoinQr qrSvg={qrSvg} joinUrl={joinUrl} className="aspect-square w-[min(65dvh,90vw)]" testId="join-qr-large" />
        <p className="text-lg">
          {t("scanOrType", { url: `${origin}/join` })}
        </p>
        <p className="font-mono text-5xl font-bold tracking-widest sm:text-7xl">{displayCode}</p>
        <button type="button" onClick={onClose} className="min-h-11 rounded-md border border-slate-500 px-4 font-semibold">
          {t("close")}
        </button>
      </div>
    </Dialog>
  );
}
