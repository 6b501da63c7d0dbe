"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { DeleteWorkshopDialog } from "./delete-workshop-dialog";
import { DANGER_OUTLINE } from "./danger-styles";
import { Dialog } from "./dialog";
import { TeamDialog } from "./team-dialog";
import { postJson, useSubmit } from "./use-submit";

/** What the actions need to know about one dashboard row. */
export interface ActionTarget {
  readonly id: string;
  readonly title: string;
  readonly archived: boolean;
  readonly isOwner: boolean;
}

type Open = null | "rename" | "reassess" | "delete" | "team";

/** A dashboard row's actions: rename, re-assess (duplicate), archive/restore and, for the owner, co-facilitators and delete. */
export function WorkshopActions({ target }: { target: ActionTarget }) {
  const t = useTranslations("manage");
  const tc = useTranslations("common");
  const td = useTranslations("dashboard");
  const tt = useTranslations("transfer");
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    router.refresh();
  };
  const base = `/api/workshops/${target.id}`;
  const rename = useSubmit(async (form) => {
    const res = await postJson(`${base}/rename`, { title: form.get("title") });
    if (!res.ok) return t("error", { message: res.message });
    done();
  }, tc("network"));
  const reassess = useSubmit(async () => {
    const res = await postJson(`${base}/duplicate`, {});
    if (!res.ok) return t("error", { message: res.message });
    done();
  }, tc("network"));
  const archive = useSubmit(async () => {
    const res = await postJson(`${base}/archive`, { archived: !target.archived });
    if (!res.ok) return t("error", { message: res.message });
    done();
  }, tc("network"));

  return (
    <div role="group" aria-label={t("actions", { title: target.title })} className="mt-3 flex flex-wrap gap-2">
      <Button variant="secondary" onClick={() => setOpen("rename")}>
        {t("rename")}
      </Button>
      <Button variant="secondary" onClick={() => setOpen("reassess")}>
        {t("reassess")}
      </Button>
      <form onSubmit={archive.onSubmit}>
        <Button type="submit" variant="secondary" disabled={archive.busy}>
          {target.archived ? t("unarchive") : t("archive")}
        </Button>
      </form>
      <a href={`${base}/export`} download className="inline-flex min-h-11 items-center rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold" data-testid="export-json">
        {tt("exportJson")}
      </a>
      {target.isOwner ? (
        <>
          <Button variant="secondary" onClick={() => setOpen("team")}>
            {t("team")}
          </Button>
          <button type="button" className={DANGER_OUTLINE} onClick={() => setOpen("delete")}>
            {t("delete")}
          </button>
        </>
      ) : null}
      {archive.error ? <FormError message={archive.error} /> : null}

      <Dialog open={open === "rename"} onClose={close} title={t("renameTitle")}>
        <form className="space-y-4" onSubmit={rename.onSubmit}>
          <TextField id={`rename-${target.id}`} name="title" required maxLength={120} defaultValue={target.title} label={td("titleLabel")} />
          <FormError message={rename.error} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={rename.busy}>
              {t("save")}
            </Button>
          </div>
        </form>
      </Dialog>
      <Dialog open={open === "reassess"} onClose={close} title={t("reassessTitle")}>
        <form className="space-y-4" onSubmit={reassess.onSubmit}>
          <p>{t("reassessBody")}</p>
          <FormError message={reassess.error} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={reassess.busy}>
              {t("reassessConfirm")}
            </Button>
          </div>
        </form>
      </Dialog>
      <DeleteWorkshopDialog open={open === "delete"} onClose={close} onDeleted={done} target={target} />
      <TeamDialog open={open === "team"} onClose={close} target={target} />
    </div>
  );
}
