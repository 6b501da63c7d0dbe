"use client";

import { z } from "zod";

const csrfSchema = z.object({ csrfToken: z.string().min(1) });

/**
 * Signs the facilitator out through next-auth's own endpoint (CSRF token, then POST /api/auth/signout) and returns
 * to the start page. Done by hand rather than with next-auth/react's signOut: the button sits in the header of every
 * page, and that client library would add ~12 KB (gzip) to every page, phones' join and room pages included.
 */
async function signOut(): Promise<void> {
  const csrf = csrfSchema.parse(await (await fetch("/api/auth/csrf", { cache: "no-store" })).json());
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl: "/", json: "true" }),
  });
  window.location.assign("/");
}

/** Signs the facilitator out and returns to the start page. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut().catch(() => window.location.assign("/"))} className="min-h-11 underline underline-offset-2">
      {label}
    </button>
  );
}
