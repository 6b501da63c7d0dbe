import { z } from "zod";
import { signedInUser } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { importWorkshop } from "@/lib/service/import";
import { workshopLinks } from "@/lib/service/workshops";
import { errorResponse, parseJsonBody, publicOrigin, refuseCrossSite } from "@/lib/validation/http";

/** The largest export file accepted (a workshop of a few hundred people is well under 5 MB). */
const MAX_BYTES = 20 * 1024 * 1024;

/** POST /api/workshops/import `<export file>` — a signed-in facilitator rebuilds an exported workshop as a new one (docs/api.md). */
export async function POST(request: Request) {
  const { env, stores } = getRuntime();
  const refused = refuseCrossSite(request, env.PUBLIC_URL);
  if (refused) return refused;
  const signedIn = await signedInUser();
  if (!signedIn.ok) return signedIn.response;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) {
    return errorResponse(413, "too-large", "The file is larger than 20 MB; this is not a workshop export.");
  }
  const body = await parseJsonBody(request, z.unknown());
  if (!body.ok) return body.response;
  const imported = await importWorkshop(stores.app, stores.docs, body.data, signedIn.user);
  if (!imported.ok) return errorResponse(400, imported.reason, `This file cannot be imported: ${imported.message}`);
  const links = workshopLinks(publicOrigin(request.headers, env.PUBLIC_URL), imported.workshop);
  return Response.json(
    { id: imported.workshop.id, joinCode: imported.workshop.joinCode, joinUrl: links.joinUrl, roomUrl: links.roomUrl, participants: imported.participants },
    { status: 201 },
  );
}
