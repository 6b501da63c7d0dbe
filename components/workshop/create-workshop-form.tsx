"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { postJson, useSubmit } from "./use-submit";

const createdSchema = z.object({ id: z.string() });

/** Creates a workshop through POST /api/workshops and opens its room. */
export function CreateWorkshopForm() {
  const t = useTranslations("dashboard");
  const ta = useTranslations("auth");
  const tc = useTranslations("common");
  const router = useRouter();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const res = await postJson("/api/workshops", { title: form.get("title"), region: form.get("region"), mode: form.get("mode") });
    const created = createdSchema.safeParse(res.payload);
    if (!res.ok || !created.success) return ta("genericError", { message: res.message });
    router.push(`/w/${created.data.id}`);
  }, tc("network"));
  return (
    <form className="mt-3 space-y-4" onSubmit={onSubmit}>
      <TextField id="title" name="title" required maxLength={120} label={t("titleLabel")} />
      <TextField id="region" name="region" maxLength={120} label={t("regionLabel")} />
      <SelectField id="mode" name="mode" label={t("modeLabel")} defaultValue="create">
        <option value="create">{t("modeCreate")}</option>
        <option value="evaluate">{t("modeEvaluate")}</option>
      </SelectField>
      <FormError message={error} />
      <Button type="submit" disabled={busy}>
        {t("createSubmit")}
      </Button>
    </form>
  );
}
