import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { earlySocketsScript } from "@/components/sync/early-sockets";
import { ParticipantRoomLoader } from "@/components/workshop/participant-room-loader";
import { roomContent } from "@/components/workshop/room-content";
import { workshopIdSchema } from "@/lib/validation/ids";
import { toLocale } from "@/lib/workshop/content";

/**
 * A participant's room. Identity lives on the device (from joining); the server checks it on every connection. The
 * inline script starts this device's sync connections while the room's code downloads (components/sync/early-sockets.ts).
 */
export default async function ParticipantRoomPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const workshopId = workshopIdSchema.safeParse(id);
  if (!workshopId.success) notFound();
  const locale = toLocale(await getLocale());
  return (
    <ParticipantRoomLoader
      workshopId={workshopId.data}
      createContent={roomContent(locale, "create")}
      evaluateContent={roomContent(locale, "evaluate")}
      earlySockets={earlySocketsScript(workshopId.data)}
    />
  );
}
