import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/workshop/login-form";
import { currentFacilitator } from "@/lib/auth/options";
import { signInMethods } from "@/lib/auth/providers";
import { getRuntime } from "@/lib/db";

const KNOWN_ERRORS = ["OAuthAccountNotLinked", "AccessDenied", "Verification", "RateLimited"] as const;

/** Facilitator sign-in: password, and single sign-on or email links when configured; next-auth's errors land here too. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; checkEmail?: string }> }) {
  if (await currentFacilitator()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const { callbackUrl, error, checkEmail } = await searchParams;
  // Only same-site paths: an open redirect would let a link send a facilitator anywhere after sign-in.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
  const known = KNOWN_ERRORS.find((e) => e === error);
  const notice = checkEmail
    ? { kind: "info" as const, text: t("checkEmail") }
    : error
      ? { kind: "error" as const, text: known ? t(`errors.${known}`) : t("errors.default") }
      : null;
  return (
    <section className="mx-auto max-w-md py-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <LoginForm callbackUrl={next} methods={signInMethods(getRuntime().env)} notice={notice} />
    </section>
  );
}
