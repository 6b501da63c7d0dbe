import { describe, expect, it } from "vitest";
import IntlMessageFormat from "intl-messageformat";
import { de, en, pl } from "./catalogue";

const catalogues: Record<string, unknown> = { en, pl, de };
const translations = ["pl", "de"] as const;
const locales = ["en", ...translations] as const;

/** Every leaf of a nested catalogue, keyed by its dotted path ("room.votes.left"). */
function leaves(node: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof node === "object" && node !== null && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const flat = Object.fromEntries(locales.map((l) => [l, leaves(catalogues[l])])) as Record<(typeof locales)[number], Map<string, unknown>>;

/** The parts of the ICU message AST this test looks at (values of the parser's TYPE enum). */
const ARGUMENT = 1;
const PLURAL = 6;
const POUND = 7;
const TAG = 8;
interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

function parse(message: string, locale: string): AstNode[] {
  return new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[];
}

interface Usage {
  /** Argument and tag names the message uses ({name}, {count, plural, …}, <b>…</b>). */
  names: Set<string>;
  /** Plural arguments and, for each occurrence, the selectors it offers (one, few, =0, …). */
  plurals: Map<string, string[][]>;
}

function usage(nodes: AstNode[], into: Usage = { names: new Set(), plurals: new Map() }): Usage {
  for (const node of nodes) {
    if (node.type !== 0 && node.type !== POUND && typeof node.value === "string") into.names.add(node.value);
    if (node.type === PLURAL && typeof node.value === "string" && node.options) {
      const list = into.plurals.get(node.value) ?? [];
      list.push(Object.keys(node.options));
      into.plurals.set(node.value, list);
    }
    for (const option of Object.values(node.options ?? {})) usage(option.value, into);
    if (node.type === TAG && node.children) usage(node.children, into);
  }
  return into;
}

/** Sample values for a message: numbers for plural arguments, text for the rest. */
function sampleValues(u: Usage, count: number): Record<string, string | number> {
  return Object.fromEntries([...u.names].map((n) => [n, u.plurals.has(n) ? count : `«${n}»`]));
}

describe("message catalogues", () => {
  it("the AST node numbers this test relies on match the parser", () => {
    const [arg, , plural, , tag] = parse("{a} {n, plural, other {#}} <b>x</b>", "en");
    expect(arg?.type).toBe(ARGUMENT);
    expect(plural?.type).toBe(PLURAL);
    expect(plural?.options?.other?.value[0]?.type).toBe(POUND);
    expect(tag?.type).toBe(TAG);
  });

  it.each(translations)("%s has exactly the key paths of en", (locale) => {
    const expected = [...flat.en.keys()].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect([...flat[locale].keys()].sort()).toEqual(expected);
  });

  it.each(locales)("every %s value is a non-empty string", (locale) => {
    for (const [key, value] of flat[locale]) {
      expect(typeof value, `${locale}: ${key}`).toBe("string");
      expect((value as string).trim(), `${locale}: ${key}`).not.toBe("");
    }
  });

  it.each(locales)("every %s message parses and formats with intl-messageformat", (locale) => {
    for (const [key, value] of flat[locale]) {
      const message = String(value);
      let ast: AstNode[] = [];
      expect(() => (ast = parse(message, locale)), `${locale}: ${key}`).not.toThrow();
      const u = usage(ast);
      for (const count of [0, 1, 2, 5, 12, 22, 1.5]) {
        const out = new IntlMessageFormat(message, locale).format(sampleValues(u, count));
        expect(typeof out === "string" && out.trim() !== "", `${locale}: ${key} (count ${count})`).toBe(true);
      }
    }
  });

  it.each(translations)("%s uses every argument that the English message uses, as the same kind", (locale) => {
    for (const [key, value] of flat.en) {
      const source = usage(parse(String(value), "en"));
      const target = usage(parse(String(flat[locale].get(key) ?? ""), locale));
      for (const name of source.names) expect(target.names, `${locale}: ${key} lacks {${name}}`).toContain(name);
      for (const name of target.names) expect(source.names, `${locale}: ${key} adds {${name}}`).toContain(name);
      for (const name of source.plurals.keys()) expect(target.plurals.has(name), `${locale}: ${key} {${name}} is not a plural`).toBe(true);
    }
  });

  it.each(translations)("%s plurals offer every plural category the language needs", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    let plurals = 0;
    for (const [key, value] of flat[locale]) {
      for (const [name, occurrences] of usage(parse(String(value), locale)).plurals) {
        for (const selectors of occurrences) {
          plurals++;
          for (const category of needed) expect(selectors, `${locale}: ${key} {${name}} lacks ${category}`).toContain(category);
        }
      }
    }
    expect(plurals).toBeGreaterThan(0);
  });

  it("Polish plurals have both the few and the many branch", () => {
    let plurals = 0;
    for (const [key, value] of flat.pl) {
      for (const occurrences of usage(parse(String(value), "pl")).plurals.values()) {
        for (const selectors of occurrences) {
          plurals++;
          expect(selectors, `pl: ${key}`).toEqual(expect.arrayContaining(["one", "few", "many", "other"]));
        }
      }
    }
    expect(plurals).toBeGreaterThan(0);
  });

  it("Polish plurals pick the right noun form", () => {
    const tally = String(flat.pl.get("room.votes.tally"));
    const format = (count: number) => String(new IntlMessageFormat(tally, "pl").format({ count }));
    expect(format(1)).toMatch(/\b1 kropka\b/);
    expect(format(3)).toMatch(/\b3 kropki\b/);
    expect(format(5)).toMatch(/\b5 kropek\b/);
    expect(format(12)).toMatch(/\b12 kropek\b/);
    expect(format(22)).toMatch(/\b22 kropki\b/);
  });
});
