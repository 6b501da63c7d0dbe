"use client";

/**
 * Signs the facilitator out through next-auth's own endpoint (CSRF token, then POST /api/auth/signout) and returns
 * to the start page. Done by hand rather than with next-auth/react's signOut: the button sits in the header of every
 * page, and that client library would add ~12 KB (gzip) to every page, phones' join and room pages included.
 */
async function signOut(): Promise<void> {
  // The schema (and zod, ~31 KB gzip) is fetched on the click, not with every page: this module is in the root layout,
  // so a static import put zod into the first load of the phones' join and room pages. A module of our own, not
  // `import("zod")`: importing zod's namespace dynamically defeats tree-shaking (all its locales, +58 KB gzip)
  // (docs/decisions/023-phone-weight.md).
  const { csrfResponseSchema } = await import("@/lib/validation/csrf");
  const csrf = csrfResponseSchema.parse(await (await fetch("/api/auth/csrf", { cache: "no-store" })).json());
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
