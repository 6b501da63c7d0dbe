import type * as Y from "yjs";

/** board: co-edited content. Root names of this document are declared here and nowhere else. */
const ROOT = { vision: "vision" } as const;

/** The vision statement's shared fragment (bind Tiptap's Collaboration extension to it). */
export function visionFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ROOT.vision);
}

