import { z } from "zod";

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const ID_LENGTH = 16;
const idPattern = new RegExp(`^[a-z0-9]{${ID_LENGTH}}$`);

/** A workshop's id: 16 lowercase letters and digits (≈82 bits), safe in URLs and room names. */
export const workshopIdSchema = z.string().regex(idPattern, "not a workshop id").brand<"WorkshopId">();
export type WorkshopId = z.infer<typeof workshopIdSchema>;
/** A participant's id, same shape as a workshop id. */
export const participantIdSchema = z.string().regex(idPattern, "not a participant id").brand<"ParticipantId">();
export type ParticipantId = z.infer<typeof participantIdSchema>;
/** A facilitator account's id. */
export const userIdSchema = z.string().regex(idPattern, "not a user id").brand<"UserId">();
export type UserId = z.infer<typeof userIdSchema>;

/** Letters and digits that cannot be mistaken for each other when read aloud or off a projector (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
/** Join codes are 8 characters: 25^8 ≈ 1.5 × 10^11 combinations. */
export const JOIN_CODE_LENGTH = 8;

/** A join code as typed by a person: case, spaces and dashes are forgiven, then it must be exact. */
export const joinCodeSchema = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, `a join code has ${JOIN_CODE_LENGTH} characters`)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), "a join code uses only the letters and digits shown on screen"),
  )
  .brand<"JoinCode">();
export type JoinCode = z.infer<typeof joinCodeSchema>;

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** A fresh random id (workshop, participant or user). */
export function newId(): string {
  return randomString(ID_ALPHABET, ID_LENGTH);
}

/** A fresh random join code. */
export function newJoinCode(): JoinCode {
  return joinCodeSchema.parse(randomString(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH));
}

/** Shows a join code in two groups of four, e.g. "ACDE-FGHJ". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
