import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { FacilitatorPanel } from "@/components/workshop/facilitator-panel";
import { roomContent } from "@/components/workshop/room-content";
import { FacilitatorRoom } from "@/components/workshop/facilitator-room";
import { currentFacilitator } from "@/lib/auth/options";
import { mintSyncToken } from "@/lib/auth/sync-token";
import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { loadEarlierProfile } from "@/lib/service/earlier-profile";
import { joinQrSvg } from "@/lib/service/join-qr";
import { participantList } from "@/lib/service/participants";
import { canFacilitate, workshopLinks } from "@/lib/service/workshops";
import { colourFor } from "@/lib/sync/awareness";
import { sharedRooms } from "@/lib/sync/rooms";
import { isSecure, publicOrigin } from "@/lib/validation/http";
import { toLocale } from "@/lib/workshop/content";

/**
 * The facilitator's room (owner or co-facilitator): the live workshop plus the panel to share, project, close and
 * manage participants. A closed workshop opens read-only (the sync server enforces it; the UI mirrors it).
 */
export default async function FacilitatorRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentFacilitator();
  if (!user) redirect(`/login?callbackUrl=/w/${encodeURIComponent(id)}`);
  const { env, secrets, stores } = getRuntime();
  const access = await canFacilitate(stores.app, id, user.id, "run");
  // Someone else's workshop answers exactly like a missing one: ids are not confirmed to strangers.
  if (!access.ok) notFound();
  const { workshop } = access;
  const closed = workshop.closedAt !== null;

  const h = await headers();
  const links = workshopLinks(publicOrigin(h, env.PUBLIC_URL), workshop);
  const [qrSvg, people, earlier] = await Promise.all([joinQrSvg(links.joinUrl), participantList(stores.app, workshop.id), loadEarlierProfile(stores.app, stores.docs, workshop)]);
  const token = await mintSyncToken({ role: "facilitator", sub: user.id, wid: workshop.id, name: user.name || user.email }, secrets.syncTokenSecret);
  const locale = toLocale(await getLocale());
  const content = roomContent(locale, workshop.mode);
  return (
    <FacilitatorRoom
      syncUrl={syncUrlFor(env, h.get("host"), isSecure(h))}
      token={token}
      rooms={sharedRooms(workshop.id)}
      me={{ name: user.name || user.email, role: closed ? "observer" : "facilitator", color: colourFor(user.id) }}
      selfId={user.id}
      title={workshop.title}
      mode={workshop.mode}
      content={content}
      earlier={{ kind: "given", profile: earlier }}
      aside={<FacilitatorPanel workshopId={workshop.id} links={links} qrSvg={qrSvg} closed={closed} initialParticipants={people.participants} sectors={content.sectors} />}
    />
  );
}
