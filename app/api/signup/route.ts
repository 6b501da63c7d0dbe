import { clientAddress } from "@/lib/auth/client-address";
import { getLimits } from "@/lib/auth/limits";
import { getRuntime } from "@/lib/db";
import { createAccount } from "@/lib/service/accounts";
import { signupBodySchema } from "@/lib/validation/api";
import { errorResponse, parseJsonPost, tooManyRequests } from "@/lib/validation/http";

/** POST /api/signup — creates a facilitator account (docs/api.md). */
export async function POST(request: Request) {
  const { env, stores } = getRuntime();
  const limit = getLimits(env).signUpByAddress.hit(clientAddress(request.headers));
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds);
  const body = await parseJsonPost(request, signupBodySchema, env.PUBLIC_URL);
  if (!body.ok) return body.response;
  const result = await createAccount(stores.app, body.data);
  if (!result.ok) return errorResponse(409, "email-taken", "An account with this email already exists.");
  return Response.json({ id: result.user.id, email: result.user.email }, { status: 201 });
}
