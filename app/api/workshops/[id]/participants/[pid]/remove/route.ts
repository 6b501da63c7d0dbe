import { facilitatorAccess } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { emptyBodySchema } from "@/lib/validation/api";
import { errorResponse, parseJsonBody, refuseCrossSite } from "@/lib/validation/http";
import { participantIdSchema } from "@/lib/validation/ids";

/**
 * POST /api/workshops/<id>/participants/<pid>/remove `{}` — the participant can no longer take part: token renewal
 * is refused and the sync server closes their connections (4410) within seconds. Idempotent.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; pid: string }> }) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const { id, pid } = await params;
  const access = await facilitatorAccess(id, "remove-participant");
  if (!access.ok) return access.response;
  const body = await parseJsonBody(request, emptyBodySchema);
  if (!body.ok) return body.response;
  const participantId = participantIdSchema.safeParse(pid);
  const removed = participantId.success && (await stores.app.removeParticipant(access.workshop.id, participantId.data, Date.now()));
  if (!removed) return errorResponse(404, "not-found", "No such participant in this workshop.");
  return Response.json({ id: pid, removed: true });
}
