"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { STAKEHOLDER_LEVELS, STAKEHOLDER_NAME_MAX, STAKEHOLDER_VALUE_MAX, stakeholderLevelSchema, type Stakeholder } from "@/lib/workshop/stakeholders";

/** The fields a person fills in for a stakeholder. */
export type StakeholderFields = Pick<Stakeholder, "name" | "sector" | "influence" | "connection" | "value">;

const FIELD = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-base";

/** Adding or editing a stakeholder: name, sector, influence and connection (1–5), and the value they bring. */
export function StakeholderForm({
  initial,
  sectors,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: StakeholderFields;
  sectors: readonly { id: string; label: string }[];
  submitLabel: string;
  onSubmit: (fields: StakeholderFields) => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("describe.stakeholders");
  const id = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [sector, setSector] = useState(initial?.sector ?? "");
  const [influence, setInfluence] = useState(String(initial?.influence ?? 3));
  const [connection, setConnection] = useState(String(initial?.connection ?? 3));
  const [value, setValue] = useState(initial?.value ?? "");
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const inf = stakeholderLevelSchema.safeParse(Number(influence));
    const con = stakeholderLevelSchema.safeParse(Number(connection));
    if (!name.trim()) return setError(t("nameRequired"));
    if (!inf.success || !con.success) return setError(t("levelsRequired"));
    onSubmit({ name: name.trim(), sector: sector || null, influence: inf.data, connection: con.data, value: value.trim() });
    if (!initial) {
      setName("");
      setValue("");
    }
    setError(null);
  };
  const levels = (label: string, v: string, set: (v: string) => void, key: string) => (
    <label className="block text-sm font-medium" htmlFor={`${id}-${key}`}>
      {label}
      <select id={`${id}-${key}`} value={v} onChange={(e) => set(e.target.value)} className={FIELD} data-testid={`stakeholder-${key}-input`}>
        {STAKEHOLDER_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`level${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form onSubmit={submit} className="grid gap-2 sm:grid-cols-2" data-testid="stakeholder-form">
      <label className="block text-sm font-medium sm:col-span-2" htmlFor={`${id}-name`}>
        {t("name")}
        <input id={`${id}-name`} value={name} maxLength={STAKEHOLDER_NAME_MAX} onChange={(e) => setName(e.target.value)} className={FIELD} data-testid="stakeholder-name-input" />
      </label>
      <label className="block text-sm font-medium sm:col-span-2" htmlFor={`${id}-sector`}>
        {t("sector")}
        <select id={`${id}-sector`} value={sector} onChange={(e) => setSector(e.target.value)} className={FIELD} data-testid="stakeholder-sector-input">
          <option value="">{t("noSector")}</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {levels(t("influence"), influence, setInfluence, "influence")}
      {levels(t("connection"), connection, setConnection, "connection")}
      <label className="block text-sm font-medium sm:col-span-2" htmlFor={`${id}-value`}>
        {t("value")}
        <textarea
          id={`${id}-value`}
          value={value}
          rows={2}
          maxLength={STAKEHOLDER_VALUE_MAX}
          onChange={(e) => setValue(e.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 text-base"
          data-testid="stakeholder-value-input"
        />
      </label>
      <p role="alert" className="min-h-5 text-sm font-medium text-red-800 sm:col-span-2">
        {error ?? ""}
      </p>
      <div className="flex gap-2 sm:col-span-2">
        <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white" data-testid="stakeholder-save">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-500 bg-white px-4 font-semibold">
            {t("cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
