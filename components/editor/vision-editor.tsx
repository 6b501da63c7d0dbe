"use client";

import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import type { Presence } from "@/lib/sync/awareness";

/** Props: the shared fragment to edit, the provider whose awareness carries carets, and who is typing. */
export interface VisionEditorProps {
  fragment: Y.XmlFragment;
  provider: WebsocketProvider;
  user: Presence;
  label: string;
  placeholder: string;
  readOnly?: boolean;
  /** The editable element's test id ("vision-editor" unless given). */
  testId?: string;
}

/**
 * A co-edited rich-text field bound to a Y.XmlFragment, with named carets of everyone typing.
 * Tiptap's own undo is off: undo across collaborators belongs to Yjs.
 */
export function VisionEditor({ fragment, provider, user, label, placeholder, readOnly = false, testId = "vision-editor" }: VisionEditorProps) {
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: !readOnly,
      extensions: [
        StarterKit.configure({ undoRedo: false, heading: false, codeBlock: false }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editorProps: {
        attributes: {
          role: "textbox",
          "aria-multiline": "true",
          "aria-label": label,
          "aria-placeholder": placeholder,
          "data-testid": testId,
          "aria-readonly": readOnly ? "true" : "false",
          class: "prose-vision min-h-32 rounded-md border border-slate-400 bg-white p-3 text-base focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-700",
        },
      },
    },
    [fragment, provider, readOnly, label, placeholder, testId],
  );
  return <EditorContent editor={editor} />;
}
