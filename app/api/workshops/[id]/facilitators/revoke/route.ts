import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { inviteBodySchema } from "@/lib/validation/api";
import { errorResponse, parseJsonBody, refuseCrossSite } from "@/lib/validation/http";

/** POST /api/workshops/<id>/facilitators/revoke `{ email }` — withdraw a co-facilitator's rights (owner only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "revoke-invite");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, inviteBodySchema);
  if (!body.ok) return body.response;
  if (!(await stores.app.revokeFacilitator(access.workshop.id, body.data.email))) {
    return errorResponse(404, "not-found", "This email is not invited.");
  }
  return Response.json({ email: body.data.email, revoked: true });
}
