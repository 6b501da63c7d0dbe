import { clientAddress } from "@/lib/auth/client-address";
import { getLimits } from "@/lib/auth/limits";
import { getRuntime } from "@/lib/db";
import { renewParticipant } from "@/lib/service/participants";
import { renewBodySchema, type RenewResponse } from "@/lib/validation/api";
import { errorResponse, parseJsonPost, tooManyRequests } from "@/lib/validation/http";

/**
 * POST /api/participants/renew `{ workshopId, participantId, deviceSecret }` — a fresh 12 h sync token for the
 * device that joined. 403 `removed` once the facilitator removed the participant (docs/api.md).
 */
export async function POST(request: Request) {
  const { env, secrets, stores } = getRuntime();
  const limit = getLimits(env).renewByAddress.hit(clientAddress(request.headers));
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds);
  const body = await parseJsonPost(request, renewBodySchema, env.PUBLIC_URL);
  if (!body.ok) return body.response;
  const renewed = await renewParticipant(stores.app, body.data, { secret: secrets.syncTokenSecret });
  if (!renewed.ok) {
    switch (renewed.reason) {
      case "removed":
        return errorResponse(403, "removed", "The facilitator removed you from this workshop.");
      case "invalid-device":
        return errorResponse(401, "invalid-device", "This device cannot prove it joined as this participant. Join again.");
      default:
        return errorResponse(404, "not-found", "This workshop or participant no longer exists.");
    }
  }
  const response: RenewResponse = {
    token: renewed.token,
    tokenIssuedAt: renewed.tokenIssuedAt,
    tokenExpiresAt: renewed.tokenExpiresAt,
    workshopClosed: renewed.workshopClosed,
  };
  return Response.json(response, { headers: { "cache-control": "no-store" } });
}
