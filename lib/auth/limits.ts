import type { ServerEnv } from "../env";
import { createRateLimiter, type RateLimiter } from "./rate-limit";

/** Every rate limit of the web app, one limiter each (docs/api.md lists them). */
export interface Limits {
  /** Sign-in attempts per email (credentials) — cannot be dodged by changing address. */
  readonly signInByEmail: RateLimiter;
  /** Sign-in attempts per client address (3× the per-email limit: a training room shares one address). */
  readonly signInByAddress: RateLimiter;
  /** Sign-in link requests per email address (each sends an email). */
  readonly emailLinkByEmail: RateLimiter;
  /** Account creations per client address. */
  readonly signUpByAddress: RateLimiter;
  /** Join attempts per client address. */
  readonly joinByAddress: RateLimiter;
  /** Token renewals per client address (10× joins: every phone of a room behind one address renews each minute). */
  readonly renewByAddress: RateLimiter;
}

const MINUTE = 60_000;
const KEY = Symbol.for("csei.rate-limits");
type WithLimits = typeof globalThis & { [KEY]?: Limits };

/** Builds the limiters from the environment's figures. */
export function createLimits(env: Pick<ServerEnv, "SIGNIN_LIMIT_PER_MINUTE" | "JOIN_LIMIT_PER_MINUTE">, now?: () => number): Limits {
  const perMinute = (limit: number) => createRateLimiter({ limit, windowMs: MINUTE, now });
  return {
    signInByEmail: perMinute(env.SIGNIN_LIMIT_PER_MINUTE),
    signInByAddress: perMinute(env.SIGNIN_LIMIT_PER_MINUTE * 3),
    emailLinkByEmail: createRateLimiter({ limit: 3, windowMs: 10 * MINUTE, now }),
    signUpByAddress: perMinute(env.SIGNIN_LIMIT_PER_MINUTE),
    joinByAddress: perMinute(env.JOIN_LIMIT_PER_MINUTE),
    renewByAddress: perMinute(env.JOIN_LIMIT_PER_MINUTE * 10),
  };
}

/** The process's limiters, created once (shared by every route module, and across dev reloads). */
export function getLimits(env: ServerEnv): Limits {
  const g = globalThis as WithLimits;
  g[KEY] ??= createLimits(env);
  return g[KEY];
}
