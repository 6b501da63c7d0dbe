import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { emptyBodySchema } from "@/lib/validation/api";
import { parseJsonBody, refuseCrossSite } from "@/lib/validation/http";

/** POST /api/workshops/<id>/delete `{}` — the owner deletes the workshop, its participants and documents for good. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "delete");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, emptyBodySchema);
  if (!body.ok) return body.response;
  await stores.app.deleteWorkshop(access.workshop.id);
  return Response.json({ id: access.workshop.id, deleted: true });
}
