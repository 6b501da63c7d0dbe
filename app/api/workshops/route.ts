import { currentFacilitator } from "@/lib/auth/options";
import { getRuntime } from "@/lib/db";
import { createWorkshop, workshopLinks } from "@/lib/service/workshops";
import { createWorkshopBodySchema } from "@/lib/validation/api";
import { errorResponse, parseJsonBody, publicOrigin } from "@/lib/validation/http";

/** POST /api/workshops — a signed-in facilitator creates a workshop (docs/api.md). */
export async function POST(request: Request) {
  const user = await currentFacilitator();
  if (!user) return errorResponse(401, "unauthenticated", "Sign in to create a workshop.");
  const body = await parseJsonBody(request, createWorkshopBodySchema);
  if (!body.ok) return body.response;
  const { env, stores } = getRuntime();
  const workshop = await createWorkshop(stores.app, user.id, body.data);
  const links = workshopLinks(publicOrigin(request.headers, env.PUBLIC_URL), workshop);
  return Response.json({ id: workshop.id, joinCode: workshop.joinCode, joinUrl: links.joinUrl, roomUrl: links.roomUrl }, { status: 201 });
}
