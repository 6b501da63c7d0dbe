/**
 * WebSocket close codes the sync server uses (docs/sync.md has the table). 4400–4499 codes are final: y-websocket
 * stops reconnecting and components/sync tells the person why. Every other code is transient: the client
 * reconnects with back-off and resends its state.
 */
export const CLOSE = {
  /** A frame that does not decode, or a text frame. */
  badRequest: { code: 4400, reason: "bad-request" },
  /** No token, a bad one, or one that expired (also mid-session: the socket closes when `exp` passes). */
  unauthenticated: { code: 4401, reason: "unauthenticated" },
  /** The rights say "none", or the access check revoked the token at connect time. */
  forbidden: { code: 4403, reason: "forbidden" },
  unknownRoom: { code: 4404, reason: "unknown-room" },
  schemaMismatch: { code: 4409, reason: "schema-version-mismatch" },
  /** Access revoked while connected: the facilitator removed the participant, or the workshop is gone. */
  removed: { code: 4410, reason: "removed" },
  /** A frame over the frame limit, or an update that would grow the document past the document limit. */
  tooLarge: { code: 4413, reason: "too-large" },
  /** The room is full, or this address opened too many connections in the last minute. Final for the provider. */
  rateLimited: { code: 4429, reason: "rate-limited" },
  /** The client does not read fast enough (its send buffer grew too large); it reconnects later. */
  slowConsumer: { code: 1013, reason: "slow-consumer" },
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
