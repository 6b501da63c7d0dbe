import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The start page: join as a participant or facilitate. */
export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <section className="mx-auto max-w-2xl py-8">
      <h1 className="text-3xl font-bold leading-tight">{t("title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("lead")}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/join" className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800">
          {t("join")}
        </Link>
        <Link href="/dashboard" className="inline-flex min-h-11 items-center rounded-md border border-slate-500 bg-white px-5 py-2 font-semibold">
          {t("facilitate")}
        </Link>
      </div>
    </section>
  );
}
