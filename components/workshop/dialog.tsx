"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

const SIZES = {
  normal: "m-auto w-[calc(100%-1.5rem)] max-w-md rounded-lg p-4 sm:p-6",
  wide: "m-auto w-[calc(100%-1.5rem)] max-w-2xl rounded-lg p-4 sm:p-6",
  full: "m-0 h-dvh max-h-none w-screen max-w-none p-4 sm:p-8",
} as const;

/**
 * A modal dialog on the native <dialog> element: showModal() gives focus trapping, Escape to close and an inert
 * page behind it; focus returns to the opener when it closes. `onClose` fires for Escape and for the close button.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  size = "normal",
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** "full" covers the whole screen (the join code for a room). */
  size?: keyof typeof SIZES;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={`border border-slate-300 bg-white text-slate-900 shadow-xl backdrop:bg-slate-900/60 ${SIZES[size]}`}
    >
      {open ? (
        <>
          <h2 id={titleId} className="text-xl font-bold">
            {title}
          </h2>
          <div className="mt-3">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}
