import { z } from "zod";
import { roleSchema } from "../validation/token";
import { PROFILES } from "../workshop/scores";

/** What each device publishes in awareness on the board document, under the "user" field. */
export const presenceSchema = z.object({
  name: z.string().min(1).max(80),
  role: roleSchema,
  sector: z.string().max(40).optional(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** Participants only; stamped by the sync server from the token, like name, role and sector. */
  participantId: z.string().optional(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** The awareness field (next to "user") that carries a drag in progress on the spider chart. */
export const DRAG_FIELD = "drag";

/**
 * A spider-chart drag in progress, published under {@link DRAG_FIELD} only while that profile's results are
 * revealed (the server also strips it before reveal). Never stored: the value is committed on release.
 */
export const dragSchema = z.object({
  dimensionId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60),
  level: z.number().int().min(0).max(5),
  profile: z.enum(PROFILES),
});
export type Drag = z.infer<typeof dragSchema>;

const CARET_COLOURS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

/** A stable colour for a person's caret and presence chip, derived from their id. */
export function colourFor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return CARET_COLOURS[h % CARET_COLOURS.length] ?? "#1d4ed8";
}
