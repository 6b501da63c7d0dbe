import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { joinWorkshop } from "@/lib/service/join";
import { joinBodySchema, type JoinResponse } from "@/lib/validation/api";
import { errorResponse, isSecure, parseJsonBody } from "@/lib/validation/http";

/** POST /api/join — a participant joins by code with a name and sector, no account (docs/api.md). */
export async function POST(request: Request) {
  const body = await parseJsonBody(request, joinBodySchema);
  if (!body.ok) return body.response;
  const { env, secrets, stores } = getRuntime();
  const syncUrl = syncUrlFor(env, request.headers.get("host"), isSecure(request.headers));
  const joined = await joinWorkshop(stores.app, body.data, { secret: secrets.syncTokenSecret, syncUrl });
  if (!joined.ok) return errorResponse(404, "unknown-code", "No workshop has this code. Check it and try again.");
  const response: JoinResponse = {
    ...joined.grant,
    workshop: { title: joined.workshop.title, mode: joined.workshop.mode },
    participant: { name: joined.participant.name, sector: joined.participant.sector },
  };
  return Response.json(response, { status: 201 });
}
