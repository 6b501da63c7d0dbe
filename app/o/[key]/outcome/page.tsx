import { notFound } from "next/navigation";
import { ObserverOutcome } from "@/components/workshop/outcome/observer-outcome";
import { getRuntime } from "@/lib/db";
import { OBSERVER_KEY_PATTERN } from "@/lib/service/observer";

/** The outcome report behind the read-only guest link (/o/<observerKey>/outcome): an observer token, nothing writable. */
export default async function ObserverOutcomePage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!OBSERVER_KEY_PATTERN.test(key)) notFound();
  const workshop = await getRuntime().stores.app.findWorkshopByObserverKey(key);
  if (!workshop) notFound();
  return <ObserverOutcome workshop={workshop} backHref={`/o/${key}`} />;
}
