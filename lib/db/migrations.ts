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
];
