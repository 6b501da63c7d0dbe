"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { LiveBoard } from "@/components/sync/use-board";
import type { Actor } from "@/lib/workshop/notes";
import { FACTOR_TEXT_MAX, factorTextSchema, listFactors, openSuggestions, type ListedFactor } from "@/lib/workshop/success-factors";

const SMALL = "min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold hover:bg-slate-100";
const PRESSED = "border-blue-800 bg-blue-100 text-blue-950";

/**
 * Step 2's success factors: the seed's five general factors, the seed's non-negotiables as one-tap suggestions,
 * and factors people write. The facilitator marks factors non-negotiable or sets them aside.
 */
export function SuccessFactors({
  board,
  seeds,
  actor,
  editable,
}: {
  board: LiveBoard;
  seeds: readonly { id: string; label: string; description: string }[];
  actor: Actor;
  editable: boolean;
}) {
  const t = useTranslations("define.factors");
  const id = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const factors = listFactors(seeds.map((s) => s.id), board.addedFactors, board.factorFlags);
  const suggestions = openSuggestions(board.addedFactors);
  const facilitator = actor.role === "facilitator";
  const describe = (f: ListedFactor): { title: string; detail: string | null } => {
    if (f.source.kind === "seed") {
      const seedId = f.source.seedId;
      const seed = seeds.find((s) => s.id === seedId);
      return { title: seed?.label ?? seedId, detail: seed?.description ?? null };
    }
    if (f.source.kind === "suggestion") return { title: t(`suggestions.${f.source.suggestionId}`), detail: null };
    return { title: f.source.text, detail: null };
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const parsed = factorTextSchema.safeParse(text);
    if (!parsed.success) return setError(t("empty"));
    board.addFactor(parsed.data);
    setText("");
    setError(null);
  };
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-300 bg-white p-3 sm:p-4" data-testid="success-factors">
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <ul className="space-y-2">
        {factors.map((f) => {
          const { title, detail } = describe(f);
          const canDelete = editable && f.source.kind !== "seed" && (facilitator || f.authorId === actor.id);
          return (
            <li
              key={f.id}
              className={`rounded-md border p-2 ${f.nonNegotiable ? "border-blue-700 bg-blue-50" : f.setAside ? "border-slate-300 bg-slate-100 text-slate-700" : "border-slate-300"}`}
              data-testid="factor"
              data-factor-id={f.id}
              data-non-negotiable={f.nonNegotiable}
              data-set-aside={f.setAside}
            >
              <p className="font-semibold">
                {title}
                {f.nonNegotiable ? <span className="ml-2 rounded bg-blue-800 px-1.5 py-0.5 text-xs text-white">{t("nonNegotiable")}</span> : null}
                {f.setAside ? <span className="ml-2 rounded bg-slate-600 px-1.5 py-0.5 text-xs text-white">{t("setAside")}</span> : null}
              </p>
              {detail ? <p className="text-sm text-slate-700">{detail}</p> : null}
              {facilitator || canDelete ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  {facilitator ? (
                    <>
                      <button type="button" aria-pressed={f.nonNegotiable} className={`${SMALL} ${f.nonNegotiable ? PRESSED : ""}`} onClick={() => board.flagFactor(f.id, { nonNegotiable: !f.nonNegotiable })} data-testid="factor-non-negotiable">
                        {t("markNonNegotiable")}
                        <span className="sr-only">: {title}</span>
                      </button>
                      <button type="button" aria-pressed={f.setAside} className={`${SMALL} ${f.setAside ? PRESSED : ""}`} onClick={() => board.flagFactor(f.id, { setAside: !f.setAside })} data-testid="factor-set-aside">
                        {t("markSetAside")}
                        <span className="sr-only">: {title}</span>
                      </button>
                    </>
                  ) : null}
                  {canDelete ? (
                    <button type="button" className={SMALL} onClick={() => board.deleteFactor(f.id)} data-testid="factor-delete">
                      {t("delete")}
                      <span className="sr-only">: {title}</span>
                    </button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {editable && suggestions.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold">{t("suggestionsTitle")}</h4>
          <ul className="mt-1 flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={s}>
                <button type="button" className={SMALL} onClick={() => board.addSuggestedFactor(s)} data-testid={`factor-suggestion-${s}`}>
                  <span aria-hidden="true">+ </span>
                  {t(`suggestions.${s}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {editable ? (
        <form onSubmit={add} className="flex flex-wrap items-end gap-2">
          <label htmlFor={`${id}-new`} className="min-w-0 flex-1 text-sm font-medium">
            {t("own")}
            <input
              id={`${id}-new`}
              value={text}
              maxLength={FACTOR_TEXT_MAX}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={`${id}-error`}
              className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-base"
              data-testid="factor-input"
            />
          </label>
          <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-4 font-semibold text-white" data-testid="factor-add">
            {t("add")}
          </button>
          <p id={`${id}-error`} role="alert" className="min-h-5 w-full text-sm font-medium text-red-800">
            {error ?? ""}
          </p>
        </form>
      ) : null}
    </section>
  );
}
