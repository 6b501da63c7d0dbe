import type Database from "better-sqlite3";
import { z } from "zod";
import { isUniqueViolation, userRow } from "./sqlite-rows";
import type { AccountMethods } from "./types";


const tokenRow = z.object({ identifier: z.string(), token_hash: z.string(), expires_at: z.number() });

/** Accounts, linked external identities (OIDC) and email sign-in tokens over SQLite. */
export function sqliteAccounts(db: Database.Database): AccountMethods {
  const q = {
    insertUser: db.prepare(
      "INSERT INTO users (id, email, name, password_hash, created_at, auth_provider, email_verified_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    userByEmail: db.prepare("SELECT * FROM users WHERE email = ?"),
    userById: db.prepare("SELECT * FROM users WHERE id = ?"),
    verify: db.prepare("UPDATE users SET email_verified_at = COALESCE(email_verified_at, ?) WHERE id = ?"),
    userByIdentity: db.prepare(
      "SELECT u.* FROM users u JOIN user_identities i ON i.user_id = u.id WHERE i.provider = ? AND i.subject = ?",
    ),
    link: db.prepare("INSERT OR IGNORE INTO user_identities (provider, subject, user_id, created_at) VALUES (?, ?, ?, ?)"),
    insertToken: db.prepare("INSERT OR REPLACE INTO verification_tokens (identifier, token_hash, expires_at) VALUES (?, ?, ?)"),
    takeToken: db.prepare("DELETE FROM verification_tokens WHERE identifier = ? AND token_hash = ? RETURNING *"),
  };
  const byId = (id: string) => {
    const row = q.userById.get(id);
    return row ? userRow.parse(row) : null;
  };

  return {
    async createUser(u) {
      const authProvider = u.authProvider ?? "credentials";
      const emailVerifiedAt = u.emailVerifiedAt ?? null;
      try {
        q.insertUser.run(u.id, u.email, u.name, u.passwordHash ?? "", u.createdAt, authProvider, emailVerifiedAt);
        return { ...u, authProvider, emailVerifiedAt };
      } catch (e) {
        if (isUniqueViolation(e)) return null;
        throw e;
      }
    },
    async findUserByEmail(email) {
      const row = q.userByEmail.get(email);
      return row ? userRow.parse(row) : null;
    },
    async findUserById(id) {
      return byId(id);
    },
    async markEmailVerified(id, at) {
      q.verify.run(at, id);
      return byId(id);
    },
    async findUserByIdentity(provider, subject) {
      const row = q.userByIdentity.get(provider, subject);
      return row ? userRow.parse(row) : null;
    },
    async linkIdentity(provider, subject, userId, now) {
      q.link.run(provider, subject, userId, now);
    },
    async createVerificationToken(t) {
      q.insertToken.run(t.identifier, t.tokenHash, t.expiresAt);
    },
    async useVerificationToken(identifier, tokenHash) {
      const row = q.takeToken.get(identifier, tokenHash);
      if (!row) return null;
      const r = tokenRow.parse(row);
      return { identifier: r.identifier, tokenHash: r.token_hash, expiresAt: r.expires_at };
    },
  };
}
