import { clientAddress } from "@/lib/auth/client-address";
import { getLimits } from "@/lib/auth/limits";
import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { joinWorkshop } from "@/lib/service/join";
import { workshopLinks } from "@/lib/service/workshops";
import { joinBodySchema, type JoinResponse } from "@/lib/validation/api";
import { errorResponse, isSecure, parseJsonPost, publicOrigin, tooManyRequests } from "@/lib/validation/http";

/** POST /api/join — a participant joins by code with a name, sector and optional organisation, no account (docs/api.md). */
export async function POST(request: Request) {
  const { env, secrets, stores } = getRuntime();
  const limit = getLimits(env).joinByAddress.hit(clientAddress(request.headers));
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds, "Too many join attempts from this network. Wait a minute and try again.");
  const body = await parseJsonPost(request, joinBodySchema, env.PUBLIC_URL);
  if (!body.ok) return body.response;
  const syncUrl = syncUrlFor(env, request.headers.get("host"), isSecure(request.headers));
  const joined = await joinWorkshop(stores.app, body.data, { secret: secrets.syncTokenSecret, syncUrl });
  if (!joined.ok && joined.reason === "unknown-code") return errorResponse(404, "unknown-code", "No workshop has this code. Check it and try again.");
  if (!joined.ok) {
    const { observerUrl } = workshopLinks(publicOrigin(request.headers, env.PUBLIC_URL), joined.workshop);
    return Response.json(
      { error: "workshop-closed", message: "This workshop is closed: it takes no new participants. You can still view it.", observerUrl },
      { status: 409 },
    );
  }
  const response: JoinResponse = {
    ...joined.grant,
    workshop: { title: joined.workshop.title, mode: joined.workshop.mode, closed: false },
    participant: { name: joined.participant.name, sector: joined.participant.sector, organisation: joined.participant.organisation },
  };
  return Response.json(response, { status: 201, headers: { "cache-control": "no-store" } });
}
