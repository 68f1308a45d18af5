// Every interface language carries every key of English with the same placeholders, so that no Persian or Arabic
// page falls back to English or drops a count, a name or a date.
import { describe, expect, it } from "vitest";
import { htmlAttributes, LOCALES, resources, NAMESPACE } from "@/lib/i18n/settings";

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Plural forms are one key for this comparison: Arabic has six where English has two. */
function byBaseKey(entries: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const base = key.replace(PLURAL, "");
    out.set(base, [...(out.get(base) ?? []), value]);
  }
  return out;
}

function placeholders(values: readonly string[]): string[] {
  const names = new Set<string>();
  for (const value of values) for (const m of value.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) names.add(m[1]!);
  return [...names].sort();
}

const english = byBaseKey(flatten(resources.en[NAMESPACE] as Tree));

describe.each(LOCALES.filter((l) => l !== "en"))("the %s interface", (locale) => {
  const translated = byBaseKey(flatten(resources[locale][NAMESPACE] as Tree));

  it("has every English key and no other", () => {
    expect([...english.keys()].filter((k) => !translated.has(k))).toEqual([]);
    expect([...translated.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it("uses the same placeholders as English in every message", () => {
    const differing = [...english].flatMap(([key, values]) => {
      const theirs = translated.get(key);
      if (!theirs) return [];
      // A plural's count may be spelt out in the "one" form ("a row", "یک ردیف"): count is not required there.
      const ours = placeholders(values).filter((p) => p !== "count");
      const found = placeholders(theirs).filter((p) => p !== "count");
      return ours.join() === found.join() ? [] : [`${key}: en {${ours.join(",")}} ${locale} {${found.join(",")}}`];
    });
    expect(differing).toEqual([]);
  });

  it("is actually translated, not English copied over", () => {
    const letters = /\p{L}/u;
    const copied = [...english].filter(([key, values]) => {
      const theirs = translated.get(key);
      return theirs !== undefined && values.some((v) => letters.test(v.replaceAll(/\{\{[\w.\s]*\}\}/g, ""))) && theirs.join() === values.join();
    });
    // Brand names, codes and standards ("TBX (ISO 30042:2019)") may stay as they are; words and sentences may not.
    const wordsIn = (v: string) => v.split(/\s+/).filter((w) => /\p{Ll}/u.test(w)).length;
    expect(copied.filter(([, values]) => values.some((v) => wordsIn(v) >= 3)).map(([k]) => k)).toEqual([]);
  });

  it("is written right to left", () => {
    expect(htmlAttributes(locale)).toEqual({ lang: locale, dir: "rtl" });
  });
});
