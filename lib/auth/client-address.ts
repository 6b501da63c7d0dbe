/**
 * The address a request came from, for rate limits. Next's server sets `x-forwarded-for` to the socket's address
 * when the request has none; a reverse proxy appends (or sets) the address it saw. The last entry is therefore the
 * one the nearest hop vouches for.
 *
 * Caveat: without a proxy a client can send its own `x-forwarded-for`, which Next keeps, so a per-address limit can
 * be dodged by rotating it. That is why every per-address limit is paired with one that cannot be dodged (per email
 * for sign-in, a global cap on wrong join codes). Behind a proxy, make it overwrite the header
 * (nginx: `proxy_set_header X-Forwarded-For $remote_addr;`).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last && last.length <= 64 ? last : "unknown";
}
