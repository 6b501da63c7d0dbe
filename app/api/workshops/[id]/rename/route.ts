import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { renameBodySchema } from "@/lib/validation/api";
import { parseJsonBody, refuseCrossSite } from "@/lib/validation/http";

/** POST /api/workshops/<id>/rename `{ title }` — facilitator or co-facilitator. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "rename");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, renameBodySchema);
  if (!body.ok) return body.response;
  await stores.app.renameWorkshop(access.workshop.id, body.data.title);
  return Response.json({ id: access.workshop.id, title: body.data.title });
}
