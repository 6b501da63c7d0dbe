/**
 * Numbered schema migrations for SQLite, applied in order inside one transaction each; PRAGMA user_version
 * records the last one applied. Never edit a released migration: add the next number.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     name TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     owner_id TEXT NOT NULL REFERENCES users(id),
     title TEXT NOT NULL,
     region TEXT NOT NULL,
     mode TEXT NOT NULL CHECK (mode IN ('create', 'evaluate')),
     join_code TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX workshops_owner ON workshops(owner_id, created_at);
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     sector TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX participants_workshop ON participants(workshop_id, created_at);
   CREATE TABLE doc_updates (
     doc TEXT NOT NULL,
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_doc ON doc_updates(doc, seq);`,
  // 2: lifecycle — a facilitator removes a participant, closes (read-only) or archives a workshop.
  `ALTER TABLE participants ADD COLUMN removed_at INTEGER;
   ALTER TABLE workshops ADD COLUMN closed_at INTEGER;
   ALTER TABLE workshops ADD COLUMN archived_at INTEGER;`,
  // 3: accounts without a password (single sign-on, email links), co-facilitators, re-assessments, observer links,
  // participants' organisation and device secret (token renewal). SQLite cannot drop NOT NULL in place (the table
  // is referenced by workshops), so a password-less account stores '' as its hash, which never verifies, and says
  // how it was created in auth_provider.
  `ALTER TABLE users ADD COLUMN auth_provider TEXT NOT NULL DEFAULT 'credentials'
     CHECK (auth_provider IN ('credentials', 'oidc', 'email'));
   ALTER TABLE users ADD COLUMN email_verified_at INTEGER;
   CREATE TABLE user_identities (
     provider TEXT NOT NULL,
     subject TEXT NOT NULL,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (provider, subject)
   );
   CREATE TABLE verification_tokens (
     identifier TEXT NOT NULL COLLATE NOCASE,
     token_hash TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (identifier, token_hash)
   );
   ALTER TABLE workshops ADD COLUMN previous_workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL;
   ALTER TABLE workshops ADD COLUMN observer_key TEXT;
   UPDATE workshops SET observer_key = lower(hex(randomblob(12)));
   CREATE UNIQUE INDEX workshops_observer_key ON workshops(observer_key);
   CREATE TABLE workshop_facilitators (
     workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
     email TEXT NOT NULL COLLATE NOCASE,
     invited_by TEXT NOT NULL REFERENCES users(id),
     created_at INTEGER NOT NULL,
     PRIMARY KEY (workshop_id, email)
   );
   CREATE INDEX workshop_facilitators_email ON workshop_facilitators(email);
   ALTER TABLE participants ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
   ALTER TABLE participants ADD COLUMN device_secret_hash TEXT;`,
];
