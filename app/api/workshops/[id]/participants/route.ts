import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { participantList } from "@/lib/service/participants";

/** GET /api/workshops/<id>/participants — who joined (and who was removed), for the facilitator's list. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await facilitatorAccess((await params).id, "list-participants");
  if (!access.ok) return access.response;
  return Response.json(await participantList(getRuntime().stores.app, access.workshop.id), { headers: { "cache-control": "no-store" } });
}
