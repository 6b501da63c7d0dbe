import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateWorkshopForm } from "@/components/workshop/create-workshop-form";
import { currentFacilitator } from "@/lib/auth/options";
import { getRuntime } from "@/lib/db";
import { formatJoinCode } from "@/lib/validation/ids";

/** The facilitator's workshops and the form to create one. */
export default async function DashboardPage() {
  const user = await currentFacilitator();
  if (!user) redirect("/login?callbackUrl=/dashboard");
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const workshops = await getRuntime().stores.app.listWorkshops(user.id);
  return (
    <div className="grid gap-8 md:grid-cols-[1fr_22rem]">
      <section aria-labelledby="list-title">
        <h1 id="list-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        {workshops.length === 0 ? (
          <p className="mt-4 text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="mt-4 space-y-3" data-testid="workshop-list">
            {workshops.map((w) => (
              <li key={w.id} className="rounded-lg border border-slate-300 bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <Link href={`/w/${w.id}`} className="text-blue-800 underline underline-offset-2">
                    {w.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  {[w.region, w.mode === "create" ? t("modeCreate") : t("modeEvaluate"), t("code", { code: formatJoinCode(w.joinCode) }), t("created", { date: format.dateTime(new Date(w.createdAt), { dateStyle: "medium" }) })]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-title" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="create-title" className="text-xl font-bold">
          {t("createTitle")}
        </h2>
        <CreateWorkshopForm />
      </section>
    </div>
  );
}
