"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";

const versions = new WeakMap<Y.Doc, number>();

/**
 * Reads a typed value from a Y.Doc and re-renders when the document changes. `read` must be one of the
 * parsing readers in lib/sync/schema (stable identity), so screens never see an unvalidated value.
 */
export function useDocValue<T>(doc: Y.Doc | null | undefined, read: (doc: Y.Doc) => T, fallback: T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!doc) return () => {};
      const onUpdate = () => {
        versions.set(doc, (versions.get(doc) ?? 0) + 1);
        notify();
      };
      doc.on("update", onUpdate);
      return () => doc.off("update", onUpdate);
    },
    [doc],
  );
  const version = useSyncExternalStore(
    subscribe,
    () => (doc ? (versions.get(doc) ?? 0) : -1),
    () => -1,
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` is the change signal for `doc`.
  return useMemo(() => (doc ? read(doc) : fallback), [doc, read, version]);
}
