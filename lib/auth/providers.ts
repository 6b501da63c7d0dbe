import type { EmailConfig } from "next-auth/providers/email";
import EmailProvider from "next-auth/providers/email";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import type { ServerEnv } from "../env";

/** The id of the single sign-on provider in next-auth routes (/api/auth/signin/oidc, /api/auth/callback/oidc). */
export const OIDC_PROVIDER_ID = "oidc";

/** The sign-in methods this installation offers besides email + password, for the sign-in page. */
export interface SignInMethods {
  readonly sso: { readonly id: string; readonly name: string } | null;
  readonly emailLinks: boolean;
}

/** Which optional methods the environment turns on. */
export function signInMethods(env: ServerEnv): SignInMethods {
  return {
    sso: env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET ? { id: OIDC_PROVIDER_ID, name: env.OIDC_NAME } : null,
    emailLinks: Boolean(env.SMTP_URL && env.EMAIL_FROM),
  };
}

/** The claims we read from the identity provider's ID token. */
export const oidcProfileSchema = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().email().max(200).optional(),
  email_verified: z.boolean().optional(),
  name: z.string().max(200).optional(),
  preferred_username: z.string().max(200).optional(),
});
export type OidcProfile = z.infer<typeof oidcProfileSchema>;

/**
 * Single sign-on with any OpenID Connect issuer (Microsoft Entra ID, Keycloak, …) by discovery. The account is
 * linked by email: an identity whose email matches an existing account signs in to it (the issuer is configured by
 * the operator, so its email claims are trusted; an explicit `email_verified: false` is refused in the signIn
 * callback).
 */
export function oidcProvider(env: ServerEnv): OAuthConfig<OidcProfile> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const issuer = env.OIDC_ISSUER.replace(/\/$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    allowDangerousEmailAccountLinking: true,
    profile(raw) {
      const p = oidcProfileSchema.parse(raw);
      const email = p.email?.toLowerCase() ?? null;
      return { id: p.sub, email, name: p.name ?? p.preferred_username ?? email };
    },
  };
}

/** Email sign-in links over SMTP (nodemailer), valid for one hour and for one use. */
export function emailProvider(env: ServerEnv): EmailConfig | null {
  if (!env.SMTP_URL || !env.EMAIL_FROM) return null;
  return EmailProvider({ server: env.SMTP_URL, from: env.EMAIL_FROM, maxAge: 60 * 60 });
}
