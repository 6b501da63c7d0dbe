"use client";

import { useState } from "react";

/** Copies a text to the clipboard and says so (the label changes to `copied`). */
export function CopyButton({ text, label, copied, className = "" }: { text: string; label: string; copied: string; className?: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className={`min-h-11 rounded-md border border-slate-500 bg-white px-3 text-sm font-semibold ${className}`}
      onClick={async () => {
        await navigator.clipboard.writeText(text).catch(() => undefined);
        setDone(true);
      }}
    >
      {done ? copied : label}
    </button>
  );
}
