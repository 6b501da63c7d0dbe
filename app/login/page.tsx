import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/workshop/login-form";
import { currentFacilitator } from "@/lib/auth/options";

/** Facilitator sign-in. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await currentFacilitator()) redirect("/dashboard");
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an open redirect would let a link send a facilitator anywhere after sign-in.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
  return (
    <section className="mx-auto max-w-md py-6">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      <LoginForm callbackUrl={next} />
    </section>
  );
}
