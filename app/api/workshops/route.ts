import { signedInUser } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { createWorkshop, workshopLinks } from "@/lib/service/workshops";
import { createWorkshopBodySchema } from "@/lib/validation/api";
import { parseJsonBody, publicOrigin, refuseCrossSite } from "@/lib/validation/http";

/** POST /api/workshops — a signed-in facilitator creates a workshop (docs/api.md). */
export async function POST(request: Request) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const signedIn = await signedInUser();
  if (!signedIn.ok) return signedIn.response;
  const body = await parseJsonBody(request, createWorkshopBodySchema);
  if (!body.ok) return body.response;
  const workshop = await createWorkshop(stores.app, signedIn.user.id, body.data);
  const links = workshopLinks(publicOrigin(request.headers, env.PUBLIC_URL), workshop);
  return Response.json({ id: workshop.id, joinCode: workshop.joinCode, joinUrl: links.joinUrl, roomUrl: links.roomUrl }, { status: 201 });
}
