import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

/** The top bar: the app's name, the facilitator's links, and the language switch. */
export async function SiteHeader({ signedIn }: { signedIn: boolean }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 sm:px-6">
        <Link href="/" className="text-lg font-bold text-blue-800">
          {t("appName")}
        </Link>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {signedIn ? (
            <>
              <Link href="/dashboard" className="underline underline-offset-2">
                {t("dashboard")}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <Link href="/login" className="underline underline-offset-2">
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitcher label={t("language")} />
        </div>
      </nav>
    </header>
  );
}
