import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700";

/** A labelled text input with an optional hint, wired for screen readers. */
export function TextField({ label, hint, id, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; id: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} className={CONTROL} {...props} />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled select. */
export function SelectField({ label, id, children, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string; id: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select id={id} className={CONTROL} {...props}>
        {children}
      </select>
    </div>
  );
}

/** An error message announced to screen readers as soon as it appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <p role="alert" className="min-h-6 text-sm font-medium text-red-800">
      {message ?? ""}
    </p>
  );
}
