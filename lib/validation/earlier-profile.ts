import { z } from "zod";

/**
 * The earlier assessment's group profile as the web app hands it to a re-assessment's room: the earlier workshop's
 * title, its date (ms since epoch) and its baseline medians per dimension id (null: nobody rated that dimension).
 * Never its id: the browser does not reach the earlier workshop.
 */
export const earlierProfileSchema = z.object({
  title: z.string().min(1).max(200),
  date: z.number().int().nonnegative(),
  respondents: z.number().int().nonnegative(),
  values: z.record(z.string(), z.number().nullable()),
});
export type EarlierProfile = z.infer<typeof earlierProfileSchema>;

/** GET /api/workshops/<id>/earlier: `{ earlier: null }` when the workshop re-assesses nothing (or nothing was revealed then). */
export const earlierProfileResponseSchema = z.object({ earlier: earlierProfileSchema.nullable() });
export type EarlierProfileResponse = z.infer<typeof earlierProfileResponseSchema>;
