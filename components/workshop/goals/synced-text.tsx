"use client";

import { useLayoutEffect, useRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { diffText } from "@/lib/sync/schema/text";

const CONTROL =
  "mt-1 block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base read-only:bg-slate-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-blue-700";

/** Where a caret at `pos` ends up when someone else's splice turns `from` into `to`. */
function mapCaret(pos: number, from: string, to: string): number {
  const { index, remove, insert } = diffText(from, to);
  if (pos <= index) return pos;
  if (pos >= index + remove) return pos + insert.length - remove;
  return index + insert.length;
}

type Common = {
  /** The shared value (from the document). */
  value: string;
  /** Receives the whole new value on every keystroke. Absent: read-only. */
  onValue?: (value: string) => void;
};

/**
 * A text box bound to a shared text: every keystroke is written at once (replaceText turns it into a minimal
 * splice), and when someone else's edit arrives while this box has focus, the caret stays where it was relative
 * to the text around it instead of jumping to the end.
 */
export function SyncedText({
  value,
  onValue,
  multiline,
  className = "",
  ...props
}: Common & { multiline?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement> & InputHTMLAttributes<HTMLInputElement>, "value" | "onChange">) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const shown = useRef(value);
  const caret = useRef<{ start: number; end: number } | null>(null);
  const remember = () => {
    const el = ref.current;
    if (el && document.activeElement === el) caret.current = { start: el.selectionStart ?? 0, end: el.selectionEnd ?? 0 };
  };
  useLayoutEffect(() => {
    const el = ref.current;
    const before = shown.current;
    shown.current = value;
    if (!el || before === value || document.activeElement !== el || !caret.current) return;
    const start = mapCaret(caret.current.start, before, value);
    const end = mapCaret(caret.current.end, before, value);
    el.setSelectionRange(start, end);
    caret.current = { start, end };
  }, [value]);
  const shared = {
    ref,
    value,
    readOnly: !onValue,
    onChange: (e: { target: { value: string } }) => {
      shown.current = e.target.value;
      onValue?.(e.target.value);
      remember();
    },
    onSelect: remember,
    onKeyUp: remember,
    className: `${CONTROL} ${className}`,
  };
  return multiline ? <textarea rows={3} {...props} {...shared} /> : <input {...props} {...shared} />;
}
