import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { closeBodySchema } from "@/lib/validation/api";
import { parseJsonBody, refuseCrossSite } from "@/lib/validation/http";

/**
 * POST /api/workshops/<id>/close `{ closed }` — a closed workshop is read-only for everybody (the sync server drops
 * writes within seconds) and takes no new participants; `{ closed: false }` reopens it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "close");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, closeBodySchema);
  if (!body.ok) return body.response;
  await stores.app.setWorkshopClosed(access.workshop.id, body.data.closed, Date.now());
  return Response.json({ id: access.workshop.id, closed: body.data.closed });
}
