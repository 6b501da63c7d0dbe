import { deriveResults, type ParticipantInputs } from "../lib/sync/derive-results";
import { DEFAULT_CONTROL, type ProfileResult } from "../lib/sync/schema";
import { content, DIMENSION_IDS } from "../lib/workshop/content";
import type { ScoreSheet } from "../lib/workshop/scores";

/** The chart's axes in English, as the room passes them. */
export const BENCH_AXES = content.dimensions.map((d) => ({
  id: d.id,
  label: d.label.en,
  short: d.short.en,
  levels: d.levelDescriptors.map((l) => l.text.en),
}));

/** English labels for the bench (the chart takes translated words as props). */
export const BENCH_LABELS = {
  title: "Spider chart",
  mine: "Your rating",
  median: "Group median: today",
  spread: "Middle half",
  range: "Full range",
  reference: "Group median: target",
  sectors: "Split by sector",
  cases: "Case examples",
  illustrative: "illustrative",
  individuals: "Everyone's ratings",
  ghosts: "Being moved right now",
  legend: "Chart layers",
  discuss: "Discuss this",
  notAssessed: "Not assessed",
  notRated: "Not rated yet",
  markNotAssessed: "Not assessed",
  pickAxis: "Tap or drag a point",
  downloadSvg: "Download SVG",
  downloadPng: "Download PNG",
  levelNames: content.scale.levels.map((l) => l.label.en),
};

const SECTORS = ["public", "private", "social-economy", "academia"];

/** A small deterministic PRNG (mulberry32), so every run draws the same workshop. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` participants with a full baseline and target each, spread over the four sectors. */
export function benchInputs(count: number, seed = 42): ParticipantInputs[] {
  const rnd = random(seed);
  const sheet = (): ScoreSheet => Object.fromEntries(DIMENSION_IDS.map((id) => [id, 1 + Math.floor(rnd() * 5)]));
  return Array.from({ length: count }, (_, i) => ({
    participantId: `p${String(i).padStart(15, "0")}`,
    baseline: sheet(),
    target: sheet(),
    ballot: {},
    sector: SECTORS[i % SECTORS.length] ?? null,
  }));
}

/** The revealed, non-anonymous results of those inputs: aggregates, sectors and every individual sheet. */
export function benchResults(inputs: readonly ParticipantInputs[]): { baseline: ProfileResult; target: ProfileResult } {
  const control = { ...DEFAULT_CONTROL, anonymous: false, reveal: { baseline: true, target: true, votes: false } };
  const r = deriveResults(control, inputs, DIMENSION_IDS);
  return { baseline: r.baseline, target: r.target };
}

/** One remote change: participant `index` moves one dimension by one level (wrapping within 1–5). */
export function withChangedScore(inputs: readonly ParticipantInputs[], index: number, dimensionIndex: number): ParticipantInputs[] {
  return inputs.map((input, i) => {
    if (i !== index) return input;
    const id = DIMENSION_IDS[dimensionIndex % DIMENSION_IDS.length] ?? "";
    const current = input.baseline[id] ?? 3;
    return { ...input, baseline: { ...input.baseline, [id]: (current % 5) + 1 } };
  });
}

/** The case profiles, as the room passes them. */
export const BENCH_CASES = content.caseProfiles.map((c) => ({
  id: c.id,
  label: c.name.en,
  values: Object.fromEntries(Object.entries(c.dimensions).map(([id, d]) => [id, d.level])),
}));
