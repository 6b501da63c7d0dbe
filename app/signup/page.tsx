import { getTranslations } from "next-intl/server";
import { SignupForm } from "@/components/workshop/signup-form";

/** Facilitator sign-up. */
export default async function SignupPage() {
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md py-6">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <SignupForm />
    </section>
  );
}
