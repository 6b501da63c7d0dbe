import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { inviteCoFacilitator } from "@/lib/service/workshop-admin";
import { inviteBodySchema } from "@/lib/validation/api";
import { errorResponse, parseJsonBody, refuseCrossSite } from "@/lib/validation/http";

/** GET /api/workshops/<id>/facilitators — the co-facilitator invitations (owner only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await facilitatorAccess((await params).id, "invite");
  if (!access.ok) return access.response;
  const invites = await getRuntime().stores.app.listFacilitatorInvites(access.workshop.id);
  return Response.json({ invites: invites.map((i) => ({ email: i.email, hasAccount: i.hasAccount, invitedAt: i.createdAt })) });
}

/** POST /api/workshops/<id>/facilitators `{ email }` — invite a co-facilitator (owner only; waits for sign-up). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const access = await facilitatorAccess((await params).id, "invite");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, inviteBodySchema);
  if (!body.ok) return body.response;
  const invited = await inviteCoFacilitator(stores.app, access.workshop, body.data.email, access.user.id);
  if (!invited.ok) {
    return invited.reason === "is-owner"
      ? errorResponse(409, "is-owner", "This is the owner's own email.")
      : errorResponse(409, "already-invited", "This email is already invited.");
  }
  return Response.json({ email: body.data.email, hasAccount: invited.hasAccount }, { status: 201 });
}
