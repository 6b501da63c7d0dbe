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
