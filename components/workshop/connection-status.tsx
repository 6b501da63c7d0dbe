"use client";

import { useTranslations } from "next-intl";
import type { ConnectionState } from "@/components/sync/use-workshop-docs";

const DOT = { connecting: "bg-amber-500", connected: "bg-green-600", offline: "bg-slate-500", refused: "bg-red-700" } as const;

/** The connection's state in words (a live region), with a colour dot as a secondary cue. */
export function ConnectionStatus({ connection }: { connection: ConnectionState }) {
  const t = useTranslations("room.status");
  // One message per close code (messages/<locale>/sync.json): the person learns why, and what to do next.
  const closed = useTranslations("sync.closed");
  const refusedFor = connection.status === "refused" ? connection.reason : undefined;
  const text = refusedFor ? closed(refusedFor) : t(connection.status);
  return (
    <p role="status" className="flex items-center gap-2 text-sm" data-testid="connection-status" data-status={connection.status} data-reason={refusedFor}>
      <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${DOT[connection.status]}`} />
      {text}
    </p>
  );
}
