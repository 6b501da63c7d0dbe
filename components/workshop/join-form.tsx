"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError, SelectField, TextField } from "@/components/ui/field";
import { joinClosedSchema, joinResponseSchema, NAME_MAX, ORGANISATION_MAX } from "@/lib/validation/responses";
import { saveParticipantSession } from "./participant-session";
import { postJson, useSubmit } from "./use-submit";

/**
 * Joins a workshop with a code, a name, a sector and optionally an organisation (no account) through POST /api/join.
 * A closed workshop is refused with a link to its read-only view.
 */
export function JoinForm({ initialCode, sectors }: { initialCode: string; sectors: readonly { id: string; label: string }[] }) {
  const t = useTranslations("join");
  const tc = useTranslations("common");
  const router = useRouter();
  const [closedUrl, setClosedUrl] = useState<string | null>(null);
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    setClosedUrl(null);
    const res = await postJson("/api/join", { code: form.get("code"), name: form.get("name"), sector: form.get("sector"), organisation: form.get("organisation") ?? "" });
    if (res.status === 404) return t("unknownCode");
    if (res.status === 429) return t("rateLimited");
    const closed = joinClosedSchema.safeParse(res.payload);
    if (res.status === 409 && closed.success) {
      setClosedUrl(closed.data.observerUrl);
      return t("closed");
    }
    const grant = joinResponseSchema.safeParse(res.payload);
    if (!res.ok || !grant.success) return t("invalid", { message: res.message });
    saveParticipantSession(grant.data);
    router.push(`/room/${grant.data.workshopId}`);
  }, tc("network"));
  return (
    <form className="mt-4 space-y-4" onSubmit={onSubmit}>
      <TextField
        id="code"
        name="code"
        required
        defaultValue={initialCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        label={t("codeLabel")}
        hint={t("codeHint")}
        className="mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-xl uppercase tracking-widest"
      />
      <TextField id="name" name="name" required maxLength={NAME_MAX} autoComplete="name" label={t("nameLabel")} />
      <SelectField id="sector" name="sector" required label={t("sectorLabel")} defaultValue="">
        <option value="" disabled>
          —
        </option>
        {sectors.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <TextField id="organisation" name="organisation" maxLength={ORGANISATION_MAX} autoComplete="organization" label={t("organisationLabel")} />
      <FormError message={error} />
      {closedUrl ? (
        <p>
          <a href={closedUrl} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline underline-offset-2" data-testid="closed-view-link">
            {t("viewClosed")}
          </a>
        </p>
      ) : null}
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? t("joining") : t("submit")}
      </Button>
    </form>
  );
}
