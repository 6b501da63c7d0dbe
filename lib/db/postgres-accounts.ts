import { z } from "zod";
import { isPgUniqueViolation, type PgDb } from "./postgres-db";
import { userRow } from "./sqlite-rows";
import type { AccountMethods } from "./types";


const tokenRow = z.object({ identifier: z.string(), token_hash: z.string(), expires_at: z.number() });
const firstUser = (rows: unknown[]) => (rows[0] ? userRow.parse(rows[0]) : null);

/** Accounts, linked external identities (OIDC) and email sign-in tokens over PostgreSQL (same rules as SQLite). */
export function postgresAccounts(db: PgDb): AccountMethods {
  const byId = async (id: string) => firstUser((await db.query("SELECT * FROM users WHERE id = $1", [id])).rows);
  return {
    async createUser(u) {
      const authProvider = u.authProvider ?? "credentials";
      const emailVerifiedAt = u.emailVerifiedAt ?? null;
      try {
        await db.query(
          `INSERT INTO users (id, email, name, password_hash, created_at, auth_provider, email_verified_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [u.id, u.email, u.name, u.passwordHash ?? "", u.createdAt, authProvider, emailVerifiedAt],
        );
        return { ...u, authProvider, emailVerifiedAt };
      } catch (e) {
        if (isPgUniqueViolation(e)) return null;
        throw e;
      }
    },
    async findUserByEmail(email) {
      return firstUser((await db.query("SELECT * FROM users WHERE lower(email) = lower($1)", [email])).rows);
    },
    async findUserById(id) {
      return byId(id);
    },
    async markEmailVerified(id, at) {
      const { rows } = await db.query(
        "UPDATE users SET email_verified_at = COALESCE(email_verified_at, $1) WHERE id = $2 RETURNING *",
        [at, id],
      );
      return firstUser(rows);
    },
    async findUserByIdentity(provider, subject) {
      const { rows } = await db.query(
        "SELECT u.* FROM users u JOIN user_identities i ON i.user_id = u.id WHERE i.provider = $1 AND i.subject = $2",
        [provider, subject],
      );
      return firstUser(rows);
    },
    async linkIdentity(provider, subject, userId, now) {
      await db.query(
        "INSERT INTO user_identities (provider, subject, user_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        [provider, subject, userId, now],
      );
    },
    async createVerificationToken(t) {
      await db.query(
        `INSERT INTO verification_tokens (identifier, token_hash, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT ((lower(identifier)), token_hash) DO UPDATE SET identifier = EXCLUDED.identifier, expires_at = EXCLUDED.expires_at`,
        [t.identifier, t.tokenHash, t.expiresAt],
      );
    },
    async useVerificationToken(identifier, tokenHash) {
      const { rows } = await db.query(
        "DELETE FROM verification_tokens WHERE lower(identifier) = lower($1) AND token_hash = $2 RETURNING *",
        [identifier, tokenHash],
      );
      if (!rows[0]) return null;
      const r = tokenRow.parse(rows[0]);
      return { identifier: r.identifier, tokenHash: r.token_hash, expiresAt: r.expires_at };
    },
  };
}
