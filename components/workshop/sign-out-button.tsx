"use client";

import { signOut } from "next-auth/react";

/** Signs the facilitator out and returns to the start page. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className="min-h-11 underline underline-offset-2">
      {label}
    </button>
  );
}
