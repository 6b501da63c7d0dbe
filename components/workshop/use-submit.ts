"use client";

import { useState, type FormEvent } from "react";

/** The answer of a JSON POST: status, parsed payload (unknown until a schema parses it) and the server's message. */
export interface PostResult {
  readonly status: number;
  readonly ok: boolean;
  readonly payload: unknown;
  /** The API's readable `message` (docs/api.md), else the status text. */
  readonly message: string;
}

/** POSTs JSON to one of our API routes. Network failures throw (the caller's form shows them). */
export async function postJson(url: string, body: unknown): Promise<PostResult> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const payload: unknown = await res.json().catch(() => null);
  const message = typeof payload === "object" && payload && "message" in payload ? String(payload.message) : res.statusText;
  return { status: res.status, ok: res.ok, payload, message };
}

/**
 * A form's submit cycle: prevents the page load, hands the form's fields to `run`, shows `busy` meanwhile, and
 * shows the error `run` returns (a string) or `fallback` when it throws.
 */
export function useSubmit(run: (form: FormData) => Promise<string | null | void>, fallback: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      setError((await run(form)) ?? null);
    } catch {
      setError(fallback);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, onSubmit };
}
