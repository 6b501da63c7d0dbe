/**
 * SQLite's `synchronous` setting for the embedded database (WAL mode), as SQLITE_SYNCHRONOUS names it (decision 034).
 * - `normal` (default): a commit is in the WAL file before it returns, so every update is in storage before it is
 *   broadcast and a killed server process loses nothing. A power cut or kernel crash may lose the last commits
 *   (the file stays consistent); clients still holding those updates send them again when they reconnect.
 * - `full`: every commit is also fsynced before it returns, durable over a power cut, at one fsync per commit.
 */
export const SQLITE_SYNCHRONOUS_MODES = ["normal", "full"] as const;
export type SqliteSynchronous = (typeof SQLITE_SYNCHRONOUS_MODES)[number];
