/**
 * Numbered schema migrations for PostgreSQL, each applied once in its own transaction and recorded in
 * schema_migrations. Never edit a released migration: add the next one. Migration 1 is the SQLite schema after its
 * migration 3, with PostgreSQL types: BIGINT epoch milliseconds, BYTEA updates, an identity sequence, and
 * case-insensitive emails as unique indexes on lower(email) (SQLite's COLLATE NOCASE).
 */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     name TEXT NOT NULL,
     -- '' for accounts without a password (never verifies), as in SQLite: one row schema serves both stores.
     password_hash TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     auth_provider TEXT NOT NULL DEFAULT 'credentials' CHECK (auth_provider IN ('credentials', 'oidc', 'email')),
     email_verified_at BIGINT
   );
   CREATE UNIQUE INDEX users_email ON users (lower(email));
   CREATE TABLE user_identities (
     provider TEXT NOT NULL,
     subject TEXT NOT NULL,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at BIGINT NOT NULL,
     PRIMARY KEY (provider, subject)
   );
   CREATE TABLE verification_tokens (
     identifier TEXT NOT NULL,
     token_hash TEXT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE UNIQUE INDEX verification_tokens_key ON verification_tokens (lower(identifier), token_hash);
   CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     owner_id TEXT NOT NULL REFERENCES users(id),
     title TEXT NOT NULL,
     region TEXT NOT NULL,
     mode TEXT NOT NULL CHECK (mode IN ('create', 'evaluate')),
     join_code TEXT NOT NULL UNIQUE,
     created_at BIGINT NOT NULL,
     closed_at BIGINT,
     archived_at BIGINT,
     previous_workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL,
     observer_key TEXT NOT NULL UNIQUE
   );
   CREATE INDEX workshops_owner ON workshops (owner_id, created_at);
   CREATE TABLE workshop_facilitators (
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     email TEXT NOT NULL,
     invited_by TEXT NOT NULL REFERENCES users(id),
     created_at BIGINT NOT NULL
   );
   CREATE UNIQUE INDEX workshop_facilitators_key ON workshop_facilitators (workshop_id, lower(email));
   CREATE INDEX workshop_facilitators_email ON workshop_facilitators (lower(email));
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     sector TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     removed_at BIGINT,
     organisation TEXT NOT NULL DEFAULT '',
     device_secret_hash TEXT
   );
   CREATE INDEX participants_workshop ON participants (workshop_id, created_at);
   -- Document names compare by code point ("C"), so a prefix is an index range scan, as in SQLite.
   CREATE TABLE doc_updates (
     seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     doc TEXT COLLATE "C" NOT NULL,
     data BYTEA NOT NULL
   );
   CREATE INDEX doc_updates_doc ON doc_updates (doc, seq);`,
];
