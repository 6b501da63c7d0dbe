import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import QRCode from "qrcode";
import { SharePanel } from "@/components/workshop/share-panel";
import { roomContent } from "@/components/workshop/room-content";
import { WorkshopRoom } from "@/components/workshop/workshop-room";
import { currentFacilitator } from "@/lib/auth/options";
import { mintSyncToken } from "@/lib/auth/sync-token";
import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { canFacilitate, workshopLinks } from "@/lib/service/workshops";
import { colourFor } from "@/lib/sync/awareness";
import { sharedRooms } from "@/lib/sync/rooms";
import { isSecure, publicOrigin } from "@/lib/validation/http";
import { workshopIdSchema } from "@/lib/validation/ids";
import { toLocale } from "@/lib/workshop/content";

/** The facilitator's room: the live workshop plus the share panel and controls. */
export default async function FacilitatorRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentFacilitator();
  if (!user) redirect(`/login?callbackUrl=/w/${encodeURIComponent(id)}`);
  const workshopId = workshopIdSchema.safeParse(id);
  if (!workshopId.success) notFound();
  const { env, secrets, stores } = getRuntime();
  const workshop = await stores.app.findWorkshop(workshopId.data);
  // Someone else's workshop answers exactly like a missing one: ids are not confirmed to strangers.
  if (!workshop || !canFacilitate(workshop, user.id)) notFound();

  const h = await headers();
  const links = workshopLinks(publicOrigin(h, env.PUBLIC_URL), workshop);
  const qrSvg = await QRCode.toString(links.joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const token = await mintSyncToken({ role: "facilitator", sub: user.id, wid: workshop.id, name: user.name || user.email }, secrets.syncTokenSecret);
  const locale = toLocale(await getLocale());
  return (
    <WorkshopRoom
      syncUrl={syncUrlFor(env, h.get("host"), isSecure(h))}
      token={token}
      rooms={sharedRooms(workshop.id)}
      me={{ name: user.name || user.email, role: "facilitator", color: colourFor(user.id) }}
      title={workshop.title}
      mode={workshop.mode}
      content={roomContent(locale, workshop.mode)}
      aside={<SharePanel displayCode={links.displayCode} joinUrl={links.joinUrl} qrSvg={qrSvg} />}
    />
  );
}
