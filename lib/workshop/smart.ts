/**
 * The live SMART check of a step-4 goal: which of the five criteria (content.smart) a goal meets and, for each one
 * it misses, what is missing. Language-neutral by construction: it recognises numbers, dates and durations in
 * English, Polish and German text (digits, number words, years, quarters, months, "by the end of…", "within N
 * months"), and otherwise looks at the goal's structured fields (indicators, deadline, outcome, capability).
 * It is a hint for the group, never a gate: a heuristic cannot judge achievability or relevance, so those two
 * criteria only check that the goal says what the CSEI can do and what improves.
 */

/** The five criteria, in SMART order (ids as in content.smart). */
export const SMART_IDS = ["specific", "measurable", "achievable", "relevant", "time-bound"] as const;
export type SmartId = (typeof SMART_IDS)[number];

/** Something a goal lacks; the UI words each one. */
export type SmartIssue =
  | "no-statement"
  | "too-vague"
  | "no-number"
  | "no-indicator"
  | "no-target"
  | "no-capability"
  | "deadline-past"
  | "no-outcome"
  | "no-date";

/** What the check reads (a step-4 goal, or anything shaped like one). */
export interface SmartInput {
  readonly statement: string;
  readonly outcome: string;
  readonly capability: string;
  /** "YYYY-MM-DD" or "". */
  readonly deadline: string;
  readonly indicators: readonly { readonly name: string; readonly target: string; readonly baseline?: string }[];
}

/** One criterion's verdict and what it misses. */
export interface SmartCriterion {
  readonly id: SmartId;
  readonly ok: boolean;
  readonly issues: readonly SmartIssue[];
}

/** The whole check: every criterion in order, all issues, and how many criteria are met. */
export interface SmartResult {
  readonly criteria: readonly SmartCriterion[];
  readonly issues: readonly SmartIssue[];
  readonly met: number;
}

const L = "\\p{L}";
/** A word boundary that works for Polish and German letters (JS \b only knows ASCII). */
const word = (alternatives: string) => `(?<![${L}\\d])(?:${alternatives})(?![${L}])`;

const NUMBER_WORDS = [
  // English
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens?|double|twice|triple|half",
  // Polish (the inflected forms a goal uses: trzy, trzech, trzema, pięciu, dwóch, dwie…)
  "jeden|jedna|dw(?:a|ie|óch|oma|om|u)|trz(?:y|ech|ema)|czter(?:y|ech|ema)|pię(?:ć|ciu)|sze(?:ść|ściu)|sied(?:em|miu)|o(?:siem|śmiu)|dziewię(?:ć|ciu)|dziesię(?:ć|ciu)|dwanaście|piętnaście|dwadzieścia|trzydzieści|pięćdziesiąt|st(?:o|u)|tysi(?:ąc|ące|ęcy)|połow(?:a|ę)|podwoi(?:ć|my)|dwukrotnie|potroi(?:ć|my)",
  // German ("ein" is left out: it is also the article)
  "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|fünfzig|hundert|tausend|doppelt|verdoppeln|verdreifachen|hälfte|halbieren",
].join("|");

const MONTHS = [
  "january|february|march|april|may|june|july|august|september|october|november|december",
  "styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia",
  "januar|februar|märz|mai|juni|juli|oktober|dezember",
].join("|");
const UNITS = "days?|weeks?|months?|years?|dni|dzień|tygodni(?:a|e)?|tydzień|miesiąc(?:a|e|u)?|miesięcy|lat(?:a)?|rok(?:u)?|tag(?:e|en)?|wochen?|monat(?:e|en)?|jahr(?:e|en)?|jahres";
/** Words before a month or period that make it a deadline: "by", "until", "do końca", "bis Ende". */
const UNTIL = "by|until|till|before|by\\s+the\\s+end\\s+of|end\\s+of|the\\s+end\\s+of|do|przed|do\\s+końca|końca|koniec|na\\s+koniec|bis|bis\\s+ende|ende|vor";
const PERIOD = "year|quarter|month|roku|kwartału|miesiąca|jahres|quartals|monats";
const YEAR = "(?:19|20)\\d{2}";
const QUARTER = `q[1-4]|[1-4](?:st|nd|rd|th)?\\s*quarter|[1-4]\\.?\\s*(?:kwartał\\p{L}*|quartal\\p{L}*)|(?:i{1,3}|iv)\\s*kwartał\\p{L}*|(?:first|second|third|fourth|last)\\s+quarter`;

const DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}-\d{2}-\d{2}/gu,
  /\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})/gu,
  new RegExp(word(QUARTER) + `(?:\\s*${YEAR})?`, "giu"),
  // a month counts with a year, a day or a "by/until" before it ("may" alone is a verb, "Jan" a name)
  new RegExp(`(?:\\d{1,2}\\.?\\s*)?${word(MONTHS)}\\s*,?\\s*${YEAR}|\\d{1,2}\\.?\\s*${word(MONTHS)}|${word(UNTIL)}\\s+${word(MONTHS)}`, "giu"),
  new RegExp(`${word(UNTIL)}\\s+(?:the\\s+)?${word(PERIOD)}|${word("jahresende|quartalsende|year-end|year end")}`, "giu"),
  new RegExp(`(?<![\\d])${YEAR}(?![\\d])`, "gu"),
  // durations: "within 12 months", "w ciągu 12 miesięcy", "in 6 Wochen", "in three years", "w ciągu roku", "innerhalb eines Jahres"
  new RegExp(`(?:\\d+|${word(NUMBER_WORDS)}|\\ba|\\ban|one|jednego|eines|einem)\\s*${word(UNITS)}`, "giu"),
  new RegExp(word("w\\s+ciągu\\s+(?:roku|miesiąca|tygodnia|kwartału)|within\\s+a\\s+(?:year|month|week|quarter)|innerhalb\\s+(?:eines|einer)\\s+(?:jahres|monats|woche|quartals)"), "giu"),
  new RegExp(word("next\\s+(?:year|month|quarter)|(?:w\\s+)?przyszłym\\s+roku|(?:im\\s+)?nächsten\\s+jahr|nächstes\\s+jahr"), "giu"),
];
const NUMBER_PATTERNS: readonly RegExp[] = [/\d+(?:[.,]\d+)?\s*%?/gu, new RegExp(word(NUMBER_WORDS), "giu")];
const VAGUE = new RegExp(
  word(
    "improve|strengthen|enhance|better|more|develop|support|boost|foster|promote|raise awareness|" +
      "popraw\\p{L}*|wzmocni\\p{L}*|wzmacnia\\p{L}*|rozwi\\p{L}*|lepsz\\p{L}*|więcej|wspiera\\p{L}*|wspomóc|promowa\\p{L}*|" +
      "verbesser\\p{L}*|stärk\\p{L}*|mehr|besser\\p{L}*|entwickeln|unterstütz\\p{L}*|förder\\p{L}*",
  ),
  "iu",
);
/** Fewer words than this reads as a slogan rather than a goal. */
export const MIN_STATEMENT_WORDS = 6;

/** The spans of `text` that name a date, a year, a quarter, a month or a duration ("by Q3 2027", "w ciągu 12 miesięcy"). */
export function findDates(text: string): string[] {
  return DATE_PATTERNS.flatMap((p) => Array.from(text.matchAll(p), (m) => m[0].trim())).filter(Boolean);
}

/** Whether `text` says when (any date, year, quarter, month or duration). */
export function hasDate(text: string): boolean {
  return findDates(text).length > 0;
}

/** Quantities in `text` that are not part of a date ("30%", "3", "trzy", "zwei"); a year alone is not a quantity. */
export function findNumbers(text: string): string[] {
  let rest = text;
  for (const p of DATE_PATTERNS) rest = rest.replace(p, " ");
  return NUMBER_PATTERNS.flatMap((p) => Array.from(rest.matchAll(p), (m) => m[0].trim())).filter(Boolean);
}

/** Whether `text` holds a quantity (not counting dates). */
export function hasNumber(text: string): boolean {
  return findNumbers(text).length > 0;
}

const countWords = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w)).length;

/** Checks a goal against SMART. `today`: "YYYY-MM-DD" from the caller's clock (a deadline before it is past). */
export function checkSmart(goal: SmartInput, today: string): SmartResult {
  const statement = goal.statement.trim();
  const named = goal.indicators.filter((i) => i.name.trim());
  const targeted = named.filter((i) => i.target.trim());
  const quantified = hasNumber(statement) || targeted.some((i) => hasNumber(i.target));

  const specific: SmartIssue[] = [];
  if (!statement) specific.push("no-statement");
  else if (countWords(statement) < MIN_STATEMENT_WORDS || (VAGUE.test(statement) && !quantified)) specific.push("too-vague");

  const measurable: SmartIssue[] = [];
  if (named.length === 0) measurable.push("no-indicator");
  else if (targeted.length === 0) measurable.push("no-target");
  if (!quantified) measurable.push("no-number");

  const achievable: SmartIssue[] = [];
  if (!goal.capability.trim()) achievable.push("no-capability");
  if (goal.deadline && goal.deadline < today) achievable.push("deadline-past");

  const relevant: SmartIssue[] = goal.outcome.trim() ? [] : ["no-outcome"];
  const timeBound: SmartIssue[] = goal.deadline || hasDate(statement) ? [] : ["no-date"];

  const byId: Record<SmartId, SmartIssue[]> = { specific, measurable, achievable, relevant, "time-bound": timeBound };
  const criteria = SMART_IDS.map((id) => ({ id, ok: byId[id].length === 0, issues: byId[id] }));
  return { criteria, issues: criteria.flatMap((c) => c.issues), met: criteria.filter((c) => c.ok).length };
}
