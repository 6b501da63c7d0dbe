import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { duplicateWorkshop } from "@/lib/service/workshop-admin";
import { workshopLinks } from "@/lib/service/workshops";
import { emptyBodySchema } from "@/lib/validation/api";
import { parseJsonBody, publicOrigin, refuseCrossSite } from "@/lib/validation/http";

/** POST /api/workshops/<id>/duplicate `{}` — a re-assessment of the same cluster (docs/api.md). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "duplicate");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, emptyBodySchema);
  if (!body.ok) return body.response;
  const copy = await duplicateWorkshop(stores.app, access.workshop, access.user);
  const links = workshopLinks(publicOrigin(request.headers, env.PUBLIC_URL), copy);
  return Response.json(
    { id: copy.id, joinCode: copy.joinCode, joinUrl: links.joinUrl, roomUrl: links.roomUrl, previousWorkshopId: access.workshop.id },
    { status: 201 },
  );
}
