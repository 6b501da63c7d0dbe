import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A participant device's secret: 256 random bits handed out once at join and kept in the phone's localStorage.
 * Only its SHA-256 is stored — a fast hash is enough for a random secret (nothing to guess from a dictionary).
 */
export function newDeviceSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashDeviceSecret(secret) };
}

/** The stored form of a device secret. */
export function hashDeviceSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Compares a presented secret with the stored hash in constant time; a missing hash never matches. */
export function verifyDeviceSecret(secret: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const a = Buffer.from(hashDeviceSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
