import type { NextAuthOptions, Session } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getRuntime } from "../db";
import { authenticate } from "../service/accounts";
import { sqliteAuthAdapter } from "./adapter";
import { emailProvider, OIDC_PROVIDER_ID, oidcProfileSchema, oidcProvider } from "./providers";
import { credentialsSchema } from "../validation/api";
import { userIdSchema, type UserId } from "../validation/ids";

/**
 * next-auth configuration: email + password for facilitators, plus single sign-on (OIDC) and email links when the
 * environment configures them; JWT sessions signed with the generated secret. The adapter over our users table
 * serves only the optional methods (identities, link tokens).
 */
export function authOptions(): NextAuthOptions {
  const { env, secrets, stores } = getRuntime();
  const sso = oidcProvider(env);
  const email = emailProvider(env);
  // Without NEXTAUTH_URL, trust the Host header so sign-in works on whatever address the laptop is reached at.
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";
  return {
    secret: secrets.authSecret,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login", error: "/login", verifyRequest: "/login?checkEmail=1" },
    adapter: sqliteAuthAdapter(stores.app),
    logger: {
      // NEXTAUTH_URL is optional here: the host of each request is used, so phones on the LAN work.
      warn: (code) => {
        if (code !== "NEXTAUTH_URL") console.warn(`[next-auth] ${code}`);
      },
      error: (code, meta) => console.error(`[next-auth] ${code}`, meta instanceof Error ? meta.message : ""),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const user = await authenticate(stores.app, parsed.data.email, parsed.data.password);
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      ...(sso ? [sso] : []),
      ...(email ? [email] : []),
    ],
    callbacks: {
      // Single sign-on needs an email to link the account by; an issuer that says it is unverified is refused.
      signIn: ({ account, profile }) => {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const p = oidcProfileSchema.safeParse(profile);
        return p.success && p.data.email !== undefined && p.data.email_verified !== false;
      },
      jwt: ({ token, user }) => (user ? { ...token, sub: user.id } : token),
      session: ({ session, token }) => ({ ...session, userId: token.sub }),
    },
  };
}

const sessionSchema = z.object({
  userId: userIdSchema,
  user: z.object({ name: z.string().nullish(), email: z.string().nullish() }).optional(),
});

/** The signed-in facilitator, or null. Parses the session rather than trusting its shape. */
export async function currentFacilitator(): Promise<{ id: UserId; name: string; email: string } | null> {
  const session: Session | null = await getServerSession(authOptions());
  const parsed = sessionSchema.safeParse(session);
  if (!parsed.success) return null;
  return { id: parsed.data.userId, name: parsed.data.user?.name ?? "", email: parsed.data.user?.email ?? "" };
}
