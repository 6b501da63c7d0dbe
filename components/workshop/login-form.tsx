"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { useSubmit } from "./use-submit";

/** Signs in through next-auth's credentials provider; returns an error message or null. */
export async function signInWithPassword(email: string, password: string, messages: { invalid: string; rateLimited: string }): Promise<string | null> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result?.status === 429 || result?.error === "RateLimited") return messages.rateLimited;
  return !result || result.error ? messages.invalid : null;
}

/** The optional sign-in methods the server offers (lib/auth/providers signInMethods). */
export interface LoginMethods {
  readonly sso: { readonly id: string; readonly name: string } | null;
  readonly emailLinks: boolean;
}

/** Sign-in: single sign-on when configured, email + password, and an email link when SMTP is configured. */
export function LoginForm({
  callbackUrl,
  methods,
  notice,
}: {
  callbackUrl: string;
  methods: LoginMethods;
  /** A message from the address (next-auth's error codes, "check your email"). */
  notice: { kind: "error" | "info"; text: string } | null;
}) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const [linkSentTo, setLinkSentTo] = useState<string | null>(null);
  const password = useSubmit(async (form) => {
    const failed = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""), {
      invalid: t("invalidCredentials"),
      rateLimited: t("rateLimited"),
    });
    if (failed) return failed;
    router.push(callbackUrl);
    router.refresh();
  }, tc("network"));
  const emailLink = useSubmit(async (form) => {
    const email = String(form.get("email") ?? "");
    const result = await signIn("email", { email, callbackUrl, redirect: false });
    if (result?.status === 429) return t("rateLimited");
    if (!result || result.error) return t("errors.default");
    setLinkSentTo(email);
  }, tc("network"));
  const sso = methods.sso;
  return (
    <div className="mt-4 space-y-6">
      {notice ? (
        <p
          role={notice.kind === "error" ? "alert" : "status"}
          className={`rounded-md border p-3 font-medium ${notice.kind === "error" ? "border-red-800 bg-red-50 text-red-900" : "border-green-800 bg-green-50 text-green-900"}`}
        >
          {notice.text}
        </p>
      ) : null}
      {sso ? (
        <>
          <Button className="w-full" onClick={() => void signIn(sso.id, { callbackUrl })}>
            {t("sso", { name: sso.name })}
          </Button>
          <p className="text-center text-sm text-slate-700">{t("or")}</p>
        </>
      ) : null}
      <form className="space-y-4" onSubmit={password.onSubmit}>
        <TextField id="email" name="email" type="email" autoComplete="email" required label={t("email")} />
        <TextField id="password" name="password" type="password" autoComplete="current-password" required label={t("password")} />
        <FormError message={password.error} />
        <Button type="submit" disabled={password.busy}>
          {t("submitSignIn")}
        </Button>
        <p className="text-sm">
          {t("noAccount")}{" "}
          <Link href="/signup" className="font-medium text-blue-800 underline">
            {t("submitSignUp")}
          </Link>
        </p>
      </form>
      {methods.emailLinks ? (
        <form className="space-y-3 border-t border-slate-300 pt-4" onSubmit={emailLink.onSubmit} aria-labelledby="email-link-title">
          <h2 id="email-link-title" className="font-semibold">
            {t("emailLinkTitle")}
          </h2>
          <TextField id="link-email" name="email" type="email" autoComplete="email" required label={t("email")} />
          <FormError message={emailLink.error} />
          {linkSentTo ? (
            <p role="status" className="font-medium text-green-900">
              {t("emailLinkSent", { email: linkSentTo })}
            </p>
          ) : null}
          <Button type="submit" variant="secondary" disabled={emailLink.busy}>
            {t("emailLinkSubmit")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
