"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { useSubmit } from "./use-submit";

/** Signs in through next-auth's credentials provider; returns an error message or null. */
export async function signInWithPassword(email: string, password: string, invalid: string): Promise<string | null> {
  const result = await signIn("credentials", { email, password, redirect: false });
  return !result || result.error ? invalid : null;
}

/** Email + password sign-in. */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const failed = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""), t("invalidCredentials"));
    if (failed) return failed;
    router.push(callbackUrl);
    router.refresh();
  }, tc("network"));
  return (
    <form className="mt-4 space-y-4" onSubmit={onSubmit}>
      <TextField id="email" name="email" type="email" autoComplete="email" required label={t("email")} />
      <TextField id="password" name="password" type="password" autoComplete="current-password" required label={t("password")} />
      <FormError message={error} />
      <Button type="submit" disabled={busy}>
        {t("submitSignIn")}
      </Button>
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-medium text-blue-800 underline">
          {t("submitSignUp")}
        </Link>
      </p>
    </form>
  );
}
