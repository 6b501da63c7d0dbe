import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateWorkshopForm } from "@/components/workshop/create-workshop-form";
import { ImportWorkshopForm } from "@/components/workshop/import-workshop-form";
import { WorkshopActions } from "@/components/workshop/workshop-actions";
import { signedInUser } from "@/lib/auth/route-access";
import { getRuntime } from "@/lib/db";
import { listDashboard } from "@/lib/service/dashboard";

/** The facilitator's workshops (owned and co-facilitated; active or archived), their actions, and the form to create one. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const signedIn = await signedInUser();
  if (!signedIn.ok) redirect("/login?callbackUrl=/dashboard");
  const view = (await searchParams).view === "archived" ? "archived" : "active";
  const t = await getTranslations("dashboard");
  const tm = await getTranslations("manage");
  const tt = await getTranslations("transfer");
  const format = await getFormatter();
  const { stores } = getRuntime();
  const rows = await listDashboard(stores.app, stores.docs, signedIn.user.id, view);
  const tab = (name: "active" | "archived", href: string) => (
    <Link
      href={href}
      aria-current={view === name ? "page" : undefined}
      className={`inline-flex min-h-11 items-center rounded-md px-3 font-semibold ${view === name ? "bg-slate-800 text-white" : "text-blue-800 underline underline-offset-2"}`}
    >
      {tm(name)}
    </Link>
  );
  return (
    <div className="grid gap-8 md:grid-cols-[1fr_22rem]">
      <section aria-labelledby="list-title">
        <h1 id="list-title" className="text-2xl font-bold">
          {t("title")}
        </h1>
        <nav aria-label={tm("views")} className="mt-3 flex gap-2">
          {tab("active", "/dashboard")}
          {tab("archived", "/dashboard?view=archived")}
        </nav>
        {rows.length === 0 ? (
          <p className="mt-4 text-slate-700">{view === "archived" ? tm("emptyArchived") : t("empty")}</p>
        ) : (
          <ul className="mt-4 space-y-3" data-testid="workshop-list">
            {rows.map((w) => (
              <li key={w.id} className="rounded-lg border border-slate-300 bg-white p-4" data-testid="workshop-row" data-workshop-id={w.id}>
                <h2 className="text-lg font-semibold">
                  <Link href={`/w/${w.id}`} className="text-blue-800 underline underline-offset-2">
                    {w.title}
                  </Link>
                  {w.closed ? <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-900">{tm("closedBadge")}</span> : null}
                  {w.role === "co-facilitator" ? (
                    <span className="ml-2 rounded bg-blue-100 px-2 py-0.5 text-sm font-medium text-blue-900">{tm("coFacilitatorBadge")}</span>
                  ) : null}
                </h2>
                <p className="text-sm text-slate-700" data-testid="workshop-meta">
                  {[
                    w.region,
                    w.mode === "create" ? t("modeCreate") : t("modeEvaluate"),
                    w.previousWorkshopId ? tm("reassessment") : null,
                    format.dateTime(new Date(w.createdAt), { dateStyle: "medium" }),
                    tm("participants", { count: w.participantCount }),
                    tm("step", { number: w.currentStep }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <WorkshopActions target={{ id: w.id, title: w.title, archived: w.archived, isOwner: w.role === "facilitator" }} />
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
      <section aria-labelledby="import-title" className="rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="import-title" className="text-xl font-bold">
          {tt("importTitle")}
        </h2>
        <ImportWorkshopForm />
      </section>
    </div>
  );
}
