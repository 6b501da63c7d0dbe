import { verifySyncToken } from "@/lib/auth/sync-token";
import { getRuntime } from "@/lib/db";
import { earlierProfileFor } from "@/lib/service/earlier-profile";
import type { EarlierProfileResponse } from "@/lib/validation/earlier-profile";
import { errorResponse } from "@/lib/validation/http";

const BEARER = /^Bearer ([A-Za-z0-9._-]{10,4096})$/;

/**
 * GET /api/workshops/<id>/earlier with `Authorization: Bearer <sync token>` — the earlier assessment's group profile
 * for a re-assessment (docs/api.md). Facilitators always; participants and observers once this workshop's baseline is
 * revealed (`403 not-revealed` before). The earlier workshop is found on the server, never named by the browser.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { secrets, stores } = getRuntime();
  const match = BEARER.exec(request.headers.get("authorization") ?? "");
  const claims = match?.[1] ? await verifySyncToken(match[1], secrets.syncTokenSecret) : null;
  if (!claims) return errorResponse(401, "unauthenticated", "Send this workshop's sync token as a bearer token.");
  const result = await earlierProfileFor(stores.app, stores.docs, (await params).id, claims);
  if (!result.ok) {
    if (result.reason === "not-revealed") return errorResponse(403, "not-revealed", "The group's profile is not revealed yet.");
    if (result.reason === "forbidden") return errorResponse(403, "forbidden", "This token does not open this workshop.");
    return errorResponse(404, "not-found", "No such workshop.");
  }
  const body: EarlierProfileResponse = { earlier: result.earlier };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
}
