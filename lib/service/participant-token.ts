import { mintSyncToken, SYNC_TOKEN_TTL_SECONDS } from "../auth/sync-token";
import type { ParticipantRecord } from "../db/types";

/** A participant's sync token and its lifetime (epoch seconds), so the device knows when to renew it. */
export interface IssuedToken {
  readonly token: string;
  readonly tokenIssuedAt: number;
  readonly tokenExpiresAt: number;
}

/** Mints a participant's sync token (12 h) for their workshop. */
export async function issueParticipantToken(participant: ParticipantRecord, secret: string, nowMs: number = Date.now()): Promise<IssuedToken> {
  const iat = Math.floor(nowMs / 1000);
  const token = await mintSyncToken(
    { role: "participant", sub: participant.id, wid: participant.workshopId, name: participant.name, sector: participant.sector },
    secret,
    iat,
  );
  return { token, tokenIssuedAt: iat, tokenExpiresAt: iat + SYNC_TOKEN_TTL_SECONDS };
}
