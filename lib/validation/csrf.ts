import { z } from "zod";

/** next-auth's GET /api/auth/csrf answer (the sign-out button posts the token back). */
export const csrfResponseSchema = z.object({ csrfToken: z.string().min(1) });
