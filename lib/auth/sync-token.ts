import { jwtVerify, SignJWT } from "jose";
import { syncClaimsSchema, type SyncClaims } from "../validation/token";

/** Sync tokens last 12 hours: a full workshop day; the web app mints a fresh one on every page load. */
export const SYNC_TOKEN_TTL_SECONDS = 12 * 60 * 60;
const ALG = "HS256";
const ISSUER = "csei-studio";
const AUDIENCE = "csei-sync";

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Claims as a caller gives them: iat and exp default to now and now + TTL. */
export type SyncClaimsInput = SyncClaims extends infer C
  ? C extends SyncClaims
    ? Omit<C, "iat" | "exp"> & { iat?: number; exp?: number }
    : never
  : never;

/** Mints a signed sync token for the given claims. */
export async function mintSyncToken(
  claims: SyncClaimsInput,
  secret: string,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<string> {
  const { iat = nowSeconds, exp = nowSeconds + SYNC_TOKEN_TTL_SECONDS, ...rest } = claims;
  const full = syncClaimsSchema.parse({ ...rest, iat, exp });
  return new SignJWT({ ...full })
    .setProtectedHeader({ alg: ALG })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .sign(keyOf(secret));
}

/** Verifies signature, expiry, issuer and audience, then parses the claims; any failure is `null`. */
export async function verifySyncToken(token: string, secret: string): Promise<SyncClaims | null> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: [ALG], issuer: ISSUER, audience: AUDIENCE });
    const parsed = syncClaimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
