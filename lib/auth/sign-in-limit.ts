import { tooManyRequests } from "../validation/http";
import { clientAddress } from "./client-address";
import type { Limits } from "./limits";

/**
 * Rate-limits next-auth's two routes that guess or send something: the password check
 * (POST /api/auth/callback/credentials) per client address and per email, and email-link requests
 * (POST /api/auth/signin/email) per email. A refusal is a 429 with Retry-After whose body also carries the `url`
 * next-auth's client reads, so `signIn(…, { redirect: false })` resolves with `error: "RateLimited"`.
 * Returns null when the request may go on to next-auth.
 */
export async function refuseTooManySignIns(request: Request, limits: Limits): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const path = new URL(request.url).pathname;
  const password = path.endsWith("/callback/credentials");
  const emailLink = path.endsWith("/signin/email");
  if (!password && !emailLink) return null;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const emailField = form?.get("email");
  const email = typeof emailField === "string" ? emailField.trim().toLowerCase().slice(0, 200) : "";
  const verdicts = password
    ? [limits.signInByAddress.hit(clientAddress(request.headers)), limits.signInByEmail.hit(email)]
    : [limits.emailLinkByEmail.hit(email)];
  const refused = verdicts.find((v) => !v.allowed);
  if (!refused || refused.allowed) return null;
  const limited = tooManyRequests(refused.retryAfterSeconds, "Too many sign-in attempts. Wait a minute and try again.");
  const body = { error: "RateLimited", message: "Too many sign-in attempts. Wait a minute and try again.", url: new URL("/login?error=RateLimited", request.url).href };
  return Response.json(body, { status: 429, headers: limited.headers });
}
