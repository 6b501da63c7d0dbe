"use client";

import { useMemo } from "react";

/**
 * Keeps a plain, JSON-serialisable value's identity while its content is unchanged, so memoised screens skip work
 * when an unrelated part of the same document changed (e.g. someone typing in the vision while the notes are shown).
 */
export function useStableValue<T>(value: T): T {
  const key = JSON.stringify(value);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the content of `value`.
  return useMemo(() => value, [key]);
}
