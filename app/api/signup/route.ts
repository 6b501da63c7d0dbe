import { getRuntime } from "@/lib/db";
import { createAccount } from "@/lib/service/accounts";
import { signupBodySchema } from "@/lib/validation/api";
import { errorResponse, parseJsonBody } from "@/lib/validation/http";

/** POST /api/signup — creates a facilitator account (docs/api.md). */
export async function POST(request: Request) {
  const body = await parseJsonBody(request, signupBodySchema);
  if (!body.ok) return body.response;
  const result = await createAccount(getRuntime().stores.app, body.data);
  if (!result.ok) return errorResponse(409, "email-taken", "An account with this email already exists.");
  return Response.json({ id: result.user.id, email: result.user.email }, { status: 201 });
}
