import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { roomContent } from "@/components/workshop/room-content";
import type { WorkshopRecord } from "@/lib/db/types";
import { getRuntime } from "@/lib/db";
import { syncUrlFor } from "@/lib/env";
import { observerGrant } from "@/lib/service/observer";
import { isSecure } from "@/lib/validation/http";
import { toLocale } from "@/lib/workshop/content";
import { OutcomeView } from "./outcome-view";

/**
 * The outcome report read with an observer token (nothing writable, even in a facilitator's browser). The page that
 * renders it has already checked who may see this workshop; `backHref` is where its "back" link goes.
 */
export async function ObserverOutcome({ workshop, backHref }: { workshop: WorkshopRecord; backHref: string }) {
  const { env, secrets } = getRuntime();
  const h = await headers();
  const t = await getTranslations("outcome");
  const grant = await observerGrant(workshop, t("pageTitle"), secrets.syncTokenSecret);
  return (
    <OutcomeView
      syncUrl={syncUrlFor(env, h.get("host"), isSecure(h))}
      token={grant.token}
      rooms={grant.rooms}
      me={{ name: t("pageTitle"), role: "observer", color: "#52525b" }}
      selfId={grant.observerId}
      title={workshop.title}
      region={workshop.region}
      createdAt={workshop.createdAt}
      content={roomContent(toLocale(await getLocale()), workshop.mode)}
      backHref={backHref}
    />
  );
}
