import * as Y from "yjs";
import { visionFragment } from "./board";

/** A block of the vision statement as plain text, for reports and checks (the editor shows the rich version). */
export interface TextBlock {
  readonly kind: "heading" | "paragraph" | "item";
  readonly text: string;
}

/** Block element names of Tiptap's starter kit that hold text directly. */
const TEXT_BLOCKS: Readonly<Record<string, TextBlock["kind"]>> = { heading: "heading", paragraph: "paragraph", codeBlock: "paragraph", blockquote: "paragraph" };

/** The characters of a text node without its formatting marks. */
const plainText = (text: Y.XmlText): string =>
  (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === "string" ? op.insert : "")).join("");

function collect(node: Y.XmlElement | Y.XmlText | Y.XmlHook, inItem: boolean, out: TextBlock[]): void {
  if (!(node instanceof Y.XmlElement)) return;
  const kind = TEXT_BLOCKS[node.nodeName];
  if (kind) {
    const text = node
      .toArray()
      .map((child) => (child instanceof Y.XmlText ? plainText(child) : ""))
      .join("")
      .trim();
    if (text) out.push({ kind: inItem && kind === "paragraph" ? "item" : kind, text });
    return;
  }
  for (const child of node.toArray()) collect(child, inItem || node.nodeName === "listItem", out);
}

/** Reads the vision statement as plain-text blocks (empty blocks left out). */
export function readVisionBlocks(doc: Y.Doc): TextBlock[] {
  const out: TextBlock[] = [];
  for (const node of visionFragment(doc).toArray()) collect(node, false, out);
  return out;
}
