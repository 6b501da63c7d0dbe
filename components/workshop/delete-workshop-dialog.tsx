"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { Dialog } from "./dialog";
import { DANGER_FILLED } from "./danger-styles";
import { postJson, useSubmit } from "./use-submit";

/** Confirms deleting a workshop for good, offering its JSON export first. */
export function DeleteWorkshopDialog({
  open,
  onClose,
  onDeleted,
  target,
}: {
  open: boolean;
  onClose: () => void;
  onDeleted: () => void;
  target: { id: string; title: string };
}) {
  const t = useTranslations("manage");
  const tc = useTranslations("common");
  const remove = useSubmit(async () => {
    const res = await postJson(`/api/workshops/${target.id}/delete`, {});
    if (!res.ok) return t("error", { message: res.message });
    onDeleted();
  }, tc("network"));
  return (
    <Dialog open={open} onClose={onClose} title={t("deleteTitle", { title: target.title })}>
      <form className="space-y-4" onSubmit={remove.onSubmit}>
        <p>{t("deleteBody")}</p>
        <p>
          <a href={`/api/workshops/${target.id}/export`} download className="font-semibold text-blue-800 underline underline-offset-2">
            {t("export")}
          </a>
        </p>
        <FormError message={remove.error} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <button type="submit" disabled={remove.busy} className={DANGER_FILLED}>
            {t("deleteConfirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
