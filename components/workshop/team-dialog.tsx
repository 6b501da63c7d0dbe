"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { Dialog } from "./dialog";
import { postJson, useSubmit } from "./use-submit";

const invitesSchema = z.object({ invites: z.array(z.object({ email: z.string(), hasAccount: z.boolean() })) });
type Invite = z.infer<typeof invitesSchema>["invites"][number];

async function fetchInvites(url: string): Promise<Invite[]> {
  const res = await fetch(url, { cache: "no-store" }).catch(() => null);
  const parsed = invitesSchema.safeParse(await res?.json().catch(() => null));
  return parsed.success ? parsed.data.invites : [];
}

/** The owner's list of co-facilitators: invite by email (waits for sign-up when there is no account yet), remove. */
export function TeamDialog({ open, onClose, target }: { open: boolean; onClose: () => void; target: { id: string; title: string } }) {
  const t = useTranslations("manage");
  const tc = useTranslations("common");
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [version, setVersion] = useState(0);
  const base = `/api/workshops/${target.id}/facilitators`;
  useEffect(() => {
    if (!open) return;
    let current = true;
    void fetchInvites(base).then((list) => {
      if (current) setInvites(list);
    });
    return () => {
      current = false;
    };
  }, [open, base, version]);
  const reload = () => setVersion((v) => v + 1);

  const invite = useSubmit(async (form) => {
    const res = await postJson(base, { email: form.get("email") });
    if (res.status === 409) {
      const code = z.object({ error: z.string() }).safeParse(res.payload);
      return code.success && code.data.error === "is-owner" ? t("isOwner") : t("alreadyInvited");
    }
    if (!res.ok) return t("error", { message: res.message });
    reload();
  }, tc("network"));
  const revoke = async (email: string) => {
    await postJson(`${base}/revoke`, { email }).catch(() => null);
    reload();
  };

  return (
    <Dialog open={open} onClose={onClose} title={t("teamTitle", { title: target.title })} size="wide">
      {invites === null ? (
        <p>{tc("loading")}</p>
      ) : invites.length === 0 ? (
        <p className="text-slate-700">{t("noTeam")}</p>
      ) : (
        <ul className="divide-y divide-slate-200" data-testid="team-list">
          {invites.map((i) => (
            <li key={i.email} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-medium">{i.email}</span>{" "}
                <span className="text-sm text-slate-700">({i.hasAccount ? t("hasAccount") : t("waiting")})</span>
              </span>
              <Button variant="ghost" onClick={() => void revoke(i.email)}>
                {t("revoke", { email: i.email })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="mt-4 space-y-3" onSubmit={invite.onSubmit}>
        <TextField id={`invite-${target.id}`} name="email" type="email" required autoComplete="off" label={t("inviteLabel")} hint={t("inviteHint")} />
        <FormError message={invite.error} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("close")}
          </Button>
          <Button type="submit" disabled={invite.busy}>
            {t("invite")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
