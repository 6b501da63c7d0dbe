import { z } from "zod";
import raw from "./csei-content.json" with { type: "json" };
import { DIMENSION_IDS } from "./dimensions";

/** Languages the content carries. The UI is complete in en and pl; de is welcome. */
export const LOCALES = ["en", "pl", "de"] as const;
export type Locale = (typeof LOCALES)[number];

const localized = z.object({ en: z.string().min(1), pl: z.string().min(1), de: z.string().min(1) });
/** A human-readable string in every content language. */
export type Localized = z.infer<typeof localized>;

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const levelSchema = z.object({ value: z.number().int().min(1).max(5), label: localized });
const scaleSchema = z.object({
  min: z.literal(1),
  max: z.literal(5),
  allowUnknown: z.boolean(),
  unknownLabel: localized,
  ends: z.object({ low: localized, high: localized }),
  levels: z.array(levelSchema).length(5),
});

const dimensionSchema = z.object({
  id: idSchema,
  label: localized,
  short: localized,
  definition: localized,
  variants: z.array(z.object({ id: idSchema, label: localized, description: localized })),
  checklist: z.array(z.object({ id: idSchema, text: localized })),
  levelDescriptors: z
    .array(z.object({ value: z.number().int().min(1).max(5), text: localized }))
    .length(5),
  examples: z.array(z.string()),
});

const stepSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1).max(5),
  label: localized,
  title: localized,
  purpose: localized,
  prompts: z.array(
    z.object({ id: idSchema, group: z.string().nullable(), label: localized, question: localized.nullish() }),
  ),
  output: localized,
  evaluationVariant: localized,
});

const sectorSchema = z.object({ id: idSchema, label: localized, examples: localized });

const caseProfileSchema = z.object({
  id: idSchema,
  name: localized,
  location: localized,
  dimensions: z.record(z.string(), z.object({ text: localized, level: z.number().int().min(1).max(5) })),
});

const successFactorSchema = z.object({ id: idSchema, label: localized, description: localized });

/** The SMART criteria (step 4) and the action plan's vocabulary (step 5): measure and resource types, schemes, examples. */
const smartSchema = z.array(z.object({ id: idSchema, letter: z.string().length(1), label: localized, hint: localized })).length(5);
const actionPlanSchema = z.object({
  measureTypes: z.array(z.object({ id: idSchema, label: localized })).min(1),
  resourceTypes: z.array(z.object({ id: idSchema, label: localized })).min(1),
  milestoneSchemes: z.array(z.object({ id: idSchema, label: localized, description: localized })).min(1),
  examples: z.array(z.object({ id: idSchema, text: localized })),
});

const contentSchema = z.object({
  version: z.literal(1),
  scale: scaleSchema,
  dimensions: z.array(dimensionSchema).length(8),
  steps: z.array(stepSchema).length(5),
  sectors: z.array(sectorSchema).min(1),
  successFactors: z.array(successFactorSchema).length(5),
  caseProfiles: z.array(caseProfileSchema),
  smart: smartSchema,
  actionPlan: actionPlanSchema,
});

/** The workshop content, validated once at load: a malformed content file fails fast at boot, not mid-workshop. */
export type Content = z.infer<typeof contentSchema>;
export type Dimension = Content["dimensions"][number];
export type Step = Content["steps"][number];
export type Sector = Content["sectors"][number];
export type SuccessFactor = Content["successFactors"][number];

export const content: Content = contentSchema.parse(raw);

/** Ids of the eight dimensions, in the seed's order; declared in ./dimensions (light enough for the browser). */
export { DIMENSION_IDS };
if (content.dimensions.map((d) => d.id).join() !== DIMENSION_IDS.join()) {
  throw new Error("lib/workshop/dimensions.ts and the content file list different dimensions");
}
/** Ids of the sectors a participant can pick when joining. */
export const SECTOR_IDS: readonly string[] = content.sectors.map((s) => s.id);

/** Picks the string for a locale from a content text. */
export function pickText(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Narrows an arbitrary string to a supported locale, falling back to English. */
export function toLocale(value: string | undefined | null): Locale {
  const base = (value ?? "").toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === base) ?? "en";
}
