"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { NOTE_MAX_LENGTH, noteTextSchema } from "@/lib/workshop/notes";

/** Writing or editing one status-quo note: its text and an optional sector tag. */
export function NoteForm({
  initialText = "",
  initialSector,
  sectors,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initialText?: string;
  initialSector: string | null;
  sectors: readonly { id: string; label: string }[];
  submitLabel: string;
  onSubmit: (text: string, sector: string | null) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("describe.notes");
  const [text, setText] = useState(initialText);
  const [sector, setSector] = useState(initialSector ?? "");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = noteTextSchema.safeParse(text);
    if (!parsed.success) return setError(t("empty"));
    onSubmit(parsed.data, sector || null);
  };
  return (
    <form onSubmit={submit} className="space-y-2 rounded-md border border-blue-300 bg-blue-50 p-2" data-testid="note-form">
      <label htmlFor={`${id}-text`} className="block text-sm font-medium">
        {t("text")}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        maxLength={NOTE_MAX_LENGTH}
        rows={3}
        autoFocus
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        aria-describedby={`${id}-count ${id}-error`}
        className="block w-full rounded-md border border-slate-500 bg-white p-2 text-base"
        data-testid="note-text-input"
      />
      <p id={`${id}-count`} className="text-xs text-slate-700">
        {t("count", { used: text.length, max: NOTE_MAX_LENGTH })}
      </p>
      <label htmlFor={`${id}-sector`} className="block text-sm font-medium">
        {t("sector")}
      </label>
      <select
        id={`${id}-sector`}
        value={sector}
        onChange={(e) => setSector(e.target.value)}
        className="block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2"
        data-testid="note-sector-input"
      >
        <option value="">{t("noSector")}</option>
        {sectors.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <p id={`${id}-error`} role="alert" className="min-h-5 text-sm font-medium text-red-800">
        {error ?? ""}
      </p>
      <div className="flex gap-2">
        <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white" data-testid="note-save">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-500 bg-white px-4 font-semibold">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
