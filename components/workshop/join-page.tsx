import { getLocale, getTranslations } from "next-intl/server";
import { content, pickText, toLocale } from "@/lib/workshop/content";
import { JoinForm } from "./join-form";

/** The join screen shared by /join and /j/<code>. */
export async function JoinPage({ code }: { code: string }) {
  const t = await getTranslations("join");
  const locale = toLocale(await getLocale());
  const sectors = content.sectors.map((s) => ({ id: s.id, label: pickText(s.label, locale) }));
  return (
    <section className="mx-auto max-w-md py-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("lead")}</p>
      <JoinForm initialCode={code} sectors={sectors} />
    </section>
  );
}
