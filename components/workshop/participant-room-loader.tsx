"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useSyncExternalStore, type ComponentProps } from "react";
import type { ParticipantRoom as Room } from "./participant-room";

/**
 * The participant room's code (the device's session, the sync layer — Yjs, y-websocket, the document schema — and
 * the step shell) as one chunk, requested as soon as this small module runs rather than after hydration, so the
 * phone's first load is the framework and a server-rendered shell (docs/decisions/023-phone-weight.md). React.lazy
 * rather than next/dynamic: the latter's loader machinery would add ~1.5 KB gzip to that first load.
 */
const load = () => import("./participant-room").then((m) => ({ default: m.ParticipantRoom }));
const early = typeof window === "undefined" ? null : load();
const LazyRoom = lazy(() => early ?? load());

const noSubscription = () => () => undefined;

/** What the server-rendered shell shows until the room's code has arrived: a polite status, in the person's language. */
function RoomLoading() {
  const t = useTranslations("room");
  return (
    <p role="status" aria-live="polite" className="py-6" data-testid="room-loading">
      {t("status.connecting")}
    </p>
  );
}

/**
 * The participant's room, loaded on demand. It depends on this device's stored grant, so the server renders the
 * loading status only; the room mounts in the browser after hydration. `earlySockets` is the inline script that
 * starts the device's sync connections from the HTML (components/sync/early-sockets.ts): an async module script, so
 * it runs as soon as it is parsed instead of waiting for the stylesheet like a classic inline script. Browsers never
 * run scripts React creates (a client-side navigation here, e.g. from joining); after hydration it is marked a data
 * block so React does not warn about it either.
 */
export function ParticipantRoomLoader({ earlySockets, ...props }: ComponentProps<typeof Room> & { earlySockets: string }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const script = <script type={inBrowser ? "text/plain" : "module"} async dangerouslySetInnerHTML={{ __html: earlySockets }} />;
  if (!inBrowser) {
    return (
      <>
        {script}
        <RoomLoading />
      </>
    );
  }
  return (
    <>
      {script}
      <Suspense fallback={<RoomLoading />}>
        <LazyRoom {...props} />
      </Suspense>
    </>
  );
}
