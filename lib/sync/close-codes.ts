/**
 * WebSocket close codes the sync server uses. 4xxx codes are final: the browser stops reconnecting and tells the
 * person why (components/sync). 1012 ("service restart") is not final: the client reconnects.
 */
export const CLOSE = {
  badRequest: { code: 4400, reason: "bad-request" },
  unauthenticated: { code: 4401, reason: "unauthenticated" },
  forbidden: { code: 4403, reason: "forbidden" },
  unknownRoom: { code: 4404, reason: "unknown-room" },
  schemaMismatch: { code: 4409, reason: "schema-version-mismatch" },
  tooLarge: { code: 4413, reason: "too-large" },
  rateLimited: { code: 4429, reason: "rate-limited" },
  serverRestart: { code: 1012, reason: "server-restart" },
  /** The server could not load or store a document; not final, the client reconnects and resends its state. */
  internalError: { code: 1011, reason: "internal-error" },
} as const;

export type CloseName = keyof typeof CLOSE;

/** True when a close code means "do not try again with the same credentials". */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}

/** The name of a close code, for messages and metrics. */
export function closeNameOf(code: number): CloseName | null {
  for (const [name, value] of Object.entries(CLOSE)) {
    if (value.code === code) return name as CloseName;
  }
  return null;
}
