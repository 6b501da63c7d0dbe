import * as Y from "yjs";
import type { DocStore } from "../db/types";
import { roomName } from "../sync/rooms";
import { readControl, readResults, snapshotDoc, type Control, type DocSnapshot, type Results } from "../sync/schema";
import type { WorkshopId } from "../validation/ids";

/**
 * Reads one stored document as of its last stored update (the sync server appends before it broadcasts, so this is
 * what everybody has seen). Used for the dashboard's "current step" and for exports; a few small rows per doc.
 */
export async function readStored<T>(docs: DocStore, name: string, read: (doc: Y.Doc) => T): Promise<T> {
  const { updates } = await docs.loadDoc(name);
  const doc = new Y.Doc();
  try {
    // One transaction over the stored updates: several times faster than Y.mergeUpdates for small logs.
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/** The workshop's control state (current step, reveals, timers) as stored. */
export function storedControl(docs: DocStore, workshopId: WorkshopId): Promise<Control> {
  return readStored(docs, roomName({ kind: "control", workshopId }), readControl);
}

/** The workshop's results (what everybody may see under the blind rule) as stored. */
export function storedResults(docs: DocStore, workshopId: WorkshopId): Promise<Results> {
  return readStored(docs, roomName({ kind: "results", workshopId }), readResults);
}

/** A stored document's whole content as JSON (export), by room name. */
export function storedSnapshot(docs: DocStore, name: string): Promise<DocSnapshot> {
  return readStored(docs, name, snapshotDoc);
}
