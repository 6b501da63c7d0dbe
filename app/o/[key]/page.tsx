import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ProjectorView } from "@/components/workshop/projector-view";
import { roomContent } from "@/components/workshop/room-content";
import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { OBSERVER_KEY_PATTERN, projectorProps } from "@/lib/service/observer";
import { isSecure } from "@/lib/validation/http";
import { toLocale } from "@/lib/workshop/content";

/**
 * The read-only observer link (/o/<observerKey>) for guests and projectors: no account, no join code shown; the
 * sync token it mints can read the shared documents and write nothing.
 */
export default async function ObserverPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!OBSERVER_KEY_PATTERN.test(key)) notFound();
  const { env, secrets, stores } = getRuntime();
  const workshop = await stores.app.findWorkshopByObserverKey(key);
  if (!workshop) notFound();
  const h = await headers();
  const t = await getTranslations("projector");
  const props = await projectorProps(workshop, { name: t("observer"), syncUrl: syncUrlFor(env, h.get("host"), isSecure(h)), secret: secrets.syncTokenSecret, join: null });
  return <ProjectorView {...props} content={roomContent(toLocale(await getLocale()), workshop.mode)} />;
}
