import { notFound, redirect } from "next/navigation";
import { ObserverOutcome } from "@/components/workshop/outcome/observer-outcome";
import { currentFacilitator } from "@/lib/auth/options";
import { getRuntime } from "@/lib/db";
import { canFacilitate } from "@/lib/service/workshops";

/**
 * The outcome report for facilitators (owner or co-facilitator): the whole workshop on one live page, printable.
 * It reads with an observer token, so the report can change nothing even in a facilitator's browser.
 */
export default async function OutcomePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentFacilitator();
  if (!user) redirect(`/login?callbackUrl=/w/${encodeURIComponent(id)}/outcome`);
  const access = await canFacilitate(getRuntime().stores.app, id, user.id, "run");
  if (!access.ok) notFound();
  return <ObserverOutcome workshop={access.workshop} backHref={`/w/${access.workshop.id}`} />;
}
