"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";

const versions = new WeakMap<Y.Doc, number>();

/**
 * The document's change counter, counted by one listener per document for its whole life. It must not depend on a
 * component's subscription: an update that lands between a render and the subscription (the first sync often does)
 * would otherwise go unseen and leave a read-only screen stale for good. Idempotent, so safe to call from render.
 */
function versionOf(doc: Y.Doc): number {
  const known = versions.get(doc);
  if (known !== undefined) return known;
  versions.set(doc, 0);
  doc.on("update", () => versions.set(doc, (versions.get(doc) ?? 0) + 1));
  return 0;
}

/**
 * Reads a typed value from a Y.Doc and re-renders when the document changes. `read` must be one of the
 * parsing readers in lib/sync/schema (stable identity), so screens never see an unvalidated value.
 */
export function useDocValue<T>(doc: Y.Doc | null | undefined, read: (doc: Y.Doc) => T, fallback: T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!doc) return () => {};
      versionOf(doc);
      doc.on("update", notify);
      return () => doc.off("update", notify);
    },
    [doc],
  );
  const version = useSyncExternalStore(
    subscribe,
    () => (doc ? versionOf(doc) : -1),
    () => -1,
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the change signal for `doc`.
  return useMemo(() => (doc ? read(doc) : fallback), [doc, read, version]);
}
