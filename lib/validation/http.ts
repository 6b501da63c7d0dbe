import type { z } from "zod";
import { describeIssues } from "./api";

/** A JSON error response with a readable message; the one shape every API error takes. */
export function errorResponse(status: number, error: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ error, message }, { status, headers });
}

/** Reads and validates a JSON body: 400 with a readable message for malformed JSON or a body that does not fit. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: errorResponse(400, "invalid-json", "The request body is not valid JSON.") };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return { ok: false, response: errorResponse(400, "invalid-body", describeIssues(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/** 429 with Retry-After: the client may try again after that many seconds. */
export function tooManyRequests(retryAfterSeconds: number, message = "Too many attempts. Wait a minute and try again."): Response {
  return errorResponse(429, "rate-limited", message, { "retry-after": String(retryAfterSeconds) });
}

/**
 * CSRF guard for every state-changing JSON route (next-auth's own routes use its CSRF token instead):
 * - the body must be declared `application/json`: an HTML form on another site cannot send that, and another
 *   site's fetch with it needs a CORS preflight, which we never answer;
 * - when the browser says where the request comes from, it must be this site: `Origin` must name the Host the
 *   request was sent to (or `x-forwarded-host`, or the configured public origin); without `Origin`,
 *   `Sec-Fetch-Site` must not be `cross-site`. Requests with neither header come from programs, not browsers
 *   (curl, the CLI, tests), and cannot carry a victim's cookies; they pass.
 * Returns the refusal, or null when the request may proceed.
 */
export function refuseCrossSite(request: Request, publicUrl?: string): Response | null {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    return errorResponse(415, "unsupported-media-type", "Send the body as JSON with content-type: application/json.");
  }
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const allowed = new Set([request.headers.get("host"), request.headers.get("x-forwarded-host")].filter((h) => h !== null));
    if (publicUrl) allowed.add(new URL(publicUrl).host);
    if (!allowed.has(hostOfOrigin(origin))) return errorResponse(403, "cross-origin", "This request came from another site and was refused.");
    return null;
  }
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    return errorResponse(403, "cross-origin", "This request came from another site and was refused.");
  }
  return null;
}

function hostOfOrigin(origin: string): string {
  try {
    return origin === "null" ? "" : new URL(origin).host;
  } catch {
    return "";
  }
}

/** A state-changing JSON request: the CSRF guard (refuseCrossSite), then the body parsed against its schema. */
export async function parseJsonPost<S extends z.ZodType>(
  request: Request,
  schema: S,
  publicUrl?: string,
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const refused = refuseCrossSite(request, publicUrl);
  if (refused) return { ok: false, response: refused };
  return parseJsonBody(request, schema);
}

/** The origin the person reached us on (PUBLIC_URL wins), so links work from a phone on the LAN. */
export function publicOrigin(headers: Headers, configured?: string): string {
  if (configured) return configured.replace(/\/$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  return `${isSecure(headers) ? "https" : "http"}://${host}`;
}

/** Whether the request came over TLS (directly or through a proxy that says so). */
export function isSecure(headers: Headers): boolean {
  return headers.get("x-forwarded-proto") === "https";
}
