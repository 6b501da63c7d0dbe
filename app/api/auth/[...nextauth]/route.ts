import NextAuth from "next-auth";
import { getLimits } from "@/lib/auth/limits";
import { authOptions } from "@/lib/auth/options";
import { refuseTooManySignIns } from "@/lib/auth/sign-in-limit";
import { getRuntime } from "@/lib/db";

type Ctx = { params: Promise<{ nextauth: string[] }> };

/** next-auth's handler, built per request so it picks up the runtime's generated secret; password checks and email links are rate-limited first. */
async function handler(req: Request, ctx: Ctx) {
  const limited = await refuseTooManySignIns(req, getLimits(getRuntime().env));
  if (limited) return limited;
  return NextAuth(authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
