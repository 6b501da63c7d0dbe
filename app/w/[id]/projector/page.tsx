import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ProjectorView } from "@/components/workshop/projector-view";
import { roomContent } from "@/components/workshop/room-content";
import { currentFacilitator } from "@/lib/auth/options";
import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { projectorProps } from "@/lib/service/observer";
import { canFacilitate, workshopLinks } from "@/lib/service/workshops";
import { isSecure, publicOrigin } from "@/lib/validation/http";
import { toLocale } from "@/lib/workshop/content";

/** The projector view for the room (facilitators): read-only, the current step, its countdown and the join QR code. */
export default async function ProjectorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentFacilitator();
  if (!user) redirect(`/login?callbackUrl=/w/${encodeURIComponent(id)}/projector`);
  const { env, secrets, stores } = getRuntime();
  const access = await canFacilitate(stores.app, id, user.id, "run");
  if (!access.ok) notFound();
  const { workshop } = access;
  const h = await headers();
  const links = workshopLinks(publicOrigin(h, env.PUBLIC_URL), workshop);
  const t = await getTranslations("projector");
  const props = await projectorProps(workshop, {
    name: t("observer"),
    syncUrl: syncUrlFor(env, h.get("host"), isSecure(h)),
    secret: secrets.syncTokenSecret,
    join: { displayCode: links.displayCode, joinUrl: links.joinUrl },
  });
  return <ProjectorView {...props} content={roomContent(toLocale(await getLocale()), workshop.mode)} />;
}
