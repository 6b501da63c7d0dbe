import { content, pickText, type Locale } from "@/lib/workshop/content";

/** The workshop content a room needs, already in the person's language (built on the server, passed as props). */
export interface RoomContent {
  readonly axes: readonly { id: string; label: string; short: string; levels: readonly string[] }[];
  readonly levelNames: readonly string[];
  readonly notAssessed: string;
  readonly steps: readonly { number: number; label: string; title: string; purpose: string }[];
  readonly sectors: Readonly<Record<string, string>>;
}

/** Localises the content for one room render. */
export function roomContent(locale: Locale, mode: "create" | "evaluate"): RoomContent {
  return {
    axes: content.dimensions.map((d) => ({
      id: d.id,
      label: pickText(d.label, locale),
      short: pickText(d.short, locale),
      levels: d.levelDescriptors.map((l) => pickText(l.text, locale)),
    })),
    levelNames: content.scale.levels.map((l) => pickText(l.label, locale)),
    notAssessed: pickText(content.scale.unknownLabel, locale),
    steps: content.steps.map((s) => ({
      number: s.number,
      label: pickText(s.label, locale),
      title: pickText(s.title, locale),
      purpose: pickText(mode === "evaluate" ? s.evaluationVariant : s.purpose, locale),
    })),
    sectors: Object.fromEntries(content.sectors.map((s) => [s.id, pickText(s.label, locale)])),
  };
}
