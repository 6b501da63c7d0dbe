import { z } from "zod";
import { roleSchema } from "../validation/token";

/** What each device publishes in awareness on the board document, under the "user" field. */
export const presenceSchema = z.object({
  name: z.string().min(1).max(80),
  role: roleSchema,
  sector: z.string().max(40).optional(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type Presence = z.infer<typeof presenceSchema>;

const CARET_COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

/** A stable colour for a person's caret and presence chip, derived from their id. */
export function colourFor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return CARET_COLOURS[h % CARET_COLOURS.length] ?? "#1d4ed8";
}
