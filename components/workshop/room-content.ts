import { content, pickText, type Locale } from "@/lib/workshop/content";

/** One guiding question of a step, localised. */
export interface RoomPrompt {
  readonly id: string;
  /** "internal" / "external" for step 1's status-quo prompts, null elsewhere. */
  readonly group: string | null;
  readonly label: string;
  readonly question: string;
}

/** One step of the method, localised, in both wordings. */
export interface RoomStep {
  readonly number: number;
  readonly label: string;
  readonly title: string;
  /** The step's purpose in the workshop's mode: create wording, or the evaluation variant. */
  readonly purpose: string;
  /** The create-mode purpose, always (evaluate mode shows it as background). */
  readonly createPurpose: string;
  readonly evaluation: string;
  readonly output: string;
  readonly prompts: readonly RoomPrompt[];
}

/** The workshop content a room needs, already in the person's language (built on the server, passed as props). */
export interface RoomContent {
  readonly mode: "create" | "evaluate";
  readonly axes: readonly { id: string; label: string; short: string; levels: readonly string[] }[];
  readonly levelNames: readonly string[];
  readonly notAssessed: string;
  readonly steps: readonly RoomStep[];
  readonly sectors: Readonly<Record<string, string>>;
  /** Sectors in content order, for pickers. */
  readonly sectorList: readonly { id: string; label: string }[];
  /** The seed's five general success factors. */
  readonly successFactors: readonly { id: string; label: string; description: string }[];
  /** The illustrative case profiles (OZRSS, Hamburg Alliance): a short name and a level per dimension id. */
  readonly caseProfiles?: readonly { id: string; name: string; levels: Readonly<Record<string, number>> }[];
  /** Step 4's SMART criteria (the seed's letters, labels and hints). */
  readonly smart: readonly { id: string; letter: string; label: string; hint: string }[];
  /** Step 5's vocabulary: measure and resource kinds, milestone schemes, the seed's concrete example measures. */
  readonly actionPlan: {
    readonly measureTypes: readonly { id: string; label: string }[];
    readonly resourceTypes: readonly { id: string; label: string }[];
    readonly milestoneSchemes: readonly { id: string; label: string; description: string }[];
    readonly examples: readonly { id: string; text: string }[];
  };
}

/** A case's name as a legend shows it: the acronym in brackets when the name has one ("… (OZRSS)" → "OZRSS"). */
const shortCaseName = (name: string): string => /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name;

/** Localises the content for one room render. */
export function roomContent(locale: Locale, mode: "create" | "evaluate"): RoomContent {
  return {
    mode,
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
      createPurpose: pickText(s.purpose, locale),
      evaluation: pickText(s.evaluationVariant, locale),
      output: pickText(s.output, locale),
      prompts: s.prompts.map((p) => ({ id: p.id, group: p.group, label: pickText(p.label, locale), question: p.question ? pickText(p.question, locale) : "" })),
    })),
    sectors: Object.fromEntries(content.sectors.map((s) => [s.id, pickText(s.label, locale)])),
    sectorList: content.sectors.map((s) => ({ id: s.id, label: pickText(s.label, locale) })),
    successFactors: content.successFactors.map((f) => ({ id: f.id, label: pickText(f.label, locale), description: pickText(f.description, locale) })),
    smart: content.smart.map((c) => ({ id: c.id, letter: c.letter, label: pickText(c.label, locale), hint: pickText(c.hint, locale) })),
    actionPlan: {
      measureTypes: content.actionPlan.measureTypes.map((m) => ({ id: m.id, label: pickText(m.label, locale) })),
      resourceTypes: content.actionPlan.resourceTypes.map((r) => ({ id: r.id, label: pickText(r.label, locale) })),
      milestoneSchemes: content.actionPlan.milestoneSchemes.map((m) => ({ id: m.id, label: pickText(m.label, locale), description: pickText(m.description, locale) })),
      examples: content.actionPlan.examples.map((e) => ({ id: e.id, text: pickText(e.text, locale) })),
    },
    caseProfiles: content.caseProfiles.map((c) => ({
      id: c.id,
      name: shortCaseName(pickText(c.name, locale)),
      levels: Object.fromEntries(Object.entries(c.dimensions).map(([id, d]) => [id, d.level])),
    })),
  };
}
