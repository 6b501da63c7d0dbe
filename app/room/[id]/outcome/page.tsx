import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ParticipantOutcome } from "@/components/workshop/outcome/participant-outcome";
import { roomContent } from "@/components/workshop/room-content";
import { workshopIdSchema } from "@/lib/validation/ids";
import { toLocale } from "@/lib/workshop/content";

/** A participant's read-only outcome report; identity lives on the device, the sync server checks it. */
export default async function ParticipantOutcomePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const workshopId = workshopIdSchema.safeParse(id);
  if (!workshopId.success) notFound();
  const locale = toLocale(await getLocale());
  return <ParticipantOutcome workshopId={workshopId.data} createContent={roomContent(locale, "create")} evaluateContent={roomContent(locale, "evaluate")} />;
}
