"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { signInWithPassword } from "./login-form";
import { postJson, useSubmit } from "./use-submit";

/** Creates a facilitator account, then signs in with it. */
export function SignupForm() {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const body = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const res = await postJson("/api/signup", body);
    if (res.status === 409) return t("emailTaken");
    if (res.status === 429) return t("rateLimited");
    if (!res.ok) return t("genericError", { message: res.message });
    const failed = await signInWithPassword(body.email, body.password, { invalid: t("invalidCredentials"), rateLimited: t("rateLimited") });
    if (failed) return failed;
    router.push("/dashboard");
    router.refresh();
  }, tc("network"));
  return (
    <form className="mt-4 space-y-4" onSubmit={onSubmit}>
      <TextField id="name" name="name" autoComplete="name" required maxLength={80} label={t("name")} />
      <TextField id="email" name="email" type="email" autoComplete="email" required label={t("email")} />
      <TextField id="password" name="password" type="password" autoComplete="new-password" required minLength={10} label={t("password")} hint={t("passwordHint")} />
      <FormError message={error} />
      <Button type="submit" disabled={busy}>
        {t("submitSignUp")}
      </Button>
      <p className="text-sm">
        {t("haveAccount")}{" "}
        <Link href="/login" className="font-medium text-blue-800 underline">
          {t("submitSignIn")}
        </Link>
      </p>
    </form>
  );
}
