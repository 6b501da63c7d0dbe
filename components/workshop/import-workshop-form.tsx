"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { postJson, useSubmit } from "./use-submit";

const importedSchema = z.object({ id: z.string(), participants: z.number().int() });

/** Imports a workshop export (POST /api/workshops/import) as a new workshop; the server validates the whole file. */
export function ImportWorkshopForm() {
  const t = useTranslations("transfer");
  const tc = useTranslations("common");
  const router = useRouter();
  const [done, setDone] = useState<{ id: string; title: string; participants: number } | null>(null);
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    setDone(null);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return t("notJson");
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      return t("notJson");
    }
    const res = await postJson("/api/workshops/import", body);
    const imported = importedSchema.safeParse(res.payload);
    if (!res.ok || !imported.success) return t("failed", { message: res.message });
    const title = z.object({ workshop: z.object({ title: z.string() }) }).safeParse(body);
    setDone({ id: imported.data.id, title: title.success ? title.data.workshop.title : "", participants: imported.data.participants });
    router.refresh();
  }, tc("network"));
  return (
    <form className="mt-3 space-y-3" onSubmit={onSubmit} data-testid="import-form">
      <p className="text-sm text-slate-700">{t("importHint")}</p>
      <div>
        <label htmlFor="import-file" className="block font-medium">
          {t("importFile")}
        </label>
        <input id="import-file" name="file" type="file" accept="application/json,.json" required className="mt-1 block min-h-11 w-full text-base" data-testid="import-file" />
      </div>
      <FormError message={error} />
      {done ? (
        <p role="status" className="rounded-md border border-emerald-700 bg-emerald-50 p-2" data-testid="import-done">
          {t("imported", { title: done.title, count: done.participants })}{" "}
          <Link href={`/w/${done.id}`} className="font-semibold text-blue-800 underline underline-offset-2" data-testid="import-open">
            {t("open")}
          </Link>
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? t("importing") : t("importButton")}
      </Button>
    </form>
  );
}
