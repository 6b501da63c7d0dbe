import type * as Y from "yjs";

/** Subscribes to every change of a document's shared state; returns the unsubscribe function. */
export function observeDoc(doc: Y.Doc, onChange: () => void): () => void {
  const handler = () => onChange();
  doc.on("update", handler);
  return () => doc.off("update", handler);
}
