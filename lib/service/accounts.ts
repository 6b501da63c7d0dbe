import { hashPassword, verifyPassword } from "../auth/password";
import type { AppStore, UserRecord } from "../db/types";
import { newId, userIdSchema } from "../validation/ids";
import type { SignupBody } from "../validation/api";

/** Creates a facilitator account; refuses a taken email. */
export async function createAccount(
  store: AppStore,
  body: SignupBody,
  now: number = Date.now(),
): Promise<{ ok: true; user: UserRecord } | { ok: false; reason: "email-taken" }> {
  const created = await store.createUser({
    id: userIdSchema.parse(newId()),
    email: body.email,
    name: body.name,
    passwordHash: await hashPassword(body.password),
    createdAt: now,
    authProvider: "credentials",
  });
  return created ? { ok: true, user: created } : { ok: false, reason: "email-taken" };
}

/** Checks credentials; the same answer (null) for an unknown email, a wrong password and an account without one. */
export async function authenticate(store: AppStore, email: string, password: string): Promise<UserRecord | null> {
  const user = await store.findUserByEmail(email);
  if (!user || user.passwordHash === null) {
    // Spend the same time as a real check so response times do not reveal which emails exist.
    await hashPassword(password);
    return null;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : null;
}
