"use client";

import { readVisionBlocks, type TextBlock } from "@/lib/sync/schema";
import type { EditorBinding } from "./use-workshop";
import { useDocValue } from "./use-doc-value";

const NONE: readonly TextBlock[] = [];

/** The vision statement as plain-text blocks, live (for reports and evaluate-mode checks; the editor shows it rich). */
export function useVisionBlocks(vision: EditorBinding | null): readonly TextBlock[] {
  return useDocValue(vision?.fragment.doc ?? undefined, readVisionBlocks, NONE);
}
