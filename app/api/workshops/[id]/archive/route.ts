import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { archiveBodySchema } from "@/lib/validation/api";
import { parseJsonBody, refuseCrossSite } from "@/lib/validation/http";

/** POST /api/workshops/<id>/archive `{ archived }` — hide from (or bring back to) the dashboard's main list. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "archive");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, archiveBodySchema);
  if (!body.ok) return body.response;
  await stores.app.setWorkshopArchived(access.workshop.id, body.data.archived, Date.now());
  return Response.json({ id: access.workshop.id, archived: body.data.archived });
}
