import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { AppStore, UserRecord } from "../db/types";
import { newId, userIdSchema } from "../validation/ids";

function toAdapterUser(u: UserRecord): AdapterUser {
  return { id: u.id, email: u.email, name: u.name, emailVerified: u.emailVerifiedAt === null ? null : new Date(u.emailVerifiedAt) };
}

/**
 * next-auth's adapter over our own users table, for the two sign-in methods that need one: email links (their
 * one-time tokens) and single sign-on (linking an OIDC identity to an account). Sessions stay JWTs, so the session
 * methods are not implemented. next-auth hashes link tokens before they reach us; we store them as given.
 */
export function sqliteAuthAdapter(store: AppStore, now: () => number = Date.now): Adapter {
  const parseId = (id: string) => userIdSchema.safeParse(id);
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const email = user.email.toLowerCase();
      const created = await store.createUser({
        id: userIdSchema.parse(newId()),
        email,
        name: user.name?.trim() || email.split("@")[0] || email,
        passwordHash: null,
        createdAt: now(),
        // next-auth passes emailVerified for email links and null for single sign-on.
        authProvider: user.emailVerified ? "email" : "oidc",
        emailVerifiedAt: user.emailVerified ? user.emailVerified.getTime() : null,
      });
      const stored = created ?? (await store.findUserByEmail(email));
      if (!stored) throw new Error("account could not be created");
      return toAdapterUser(stored);
    },
    async getUser(id) {
      const parsed = parseId(id);
      const user = parsed.success ? await store.findUserById(parsed.data) : null;
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await store.findUserByEmail(email.toLowerCase());
      return user ? toAdapterUser(user) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const user = await store.findUserByIdentity(provider, providerAccountId);
      return user ? toAdapterUser(user) : null;
    },
    async updateUser(user) {
      const parsed = parseId(user.id);
      if (!parsed.success) throw new Error("not a user id");
      const updated = user.emailVerified
        ? await store.markEmailVerified(parsed.data, user.emailVerified.getTime())
        : await store.findUserById(parsed.data);
      if (!updated) throw new Error("no such user");
      return toAdapterUser(updated);
    },
    async linkAccount(account: AdapterAccount) {
      const parsed = parseId(account.userId);
      if (!parsed.success) throw new Error("not a user id");
      await store.linkIdentity(account.provider, account.providerAccountId, parsed.data, now());
      return account;
    },
    async createVerificationToken(token) {
      await store.createVerificationToken({ identifier: token.identifier.toLowerCase(), tokenHash: token.token, expiresAt: token.expires.getTime() });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const used = await store.useVerificationToken(identifier.toLowerCase(), token);
      return used ? { identifier: used.identifier, token: used.tokenHash, expires: new Date(used.expiresAt) } : null;
    },
  };
}
