// The English of a flagged paragraph with the expected renderings put in place of the flagged ones, and its word
// diff against the English as written, for the reviewer to accept as a new revision in one click.
//
// Each replaced occurrence keeps what the sentence gave it: its plural and possessive endings ("Israeli regime's"
// -> "Zionist regime's", "entities" -> "regimes"), a capital at a sentence start ("Occupiers" -> "The occupying
// regime", while "Israeli regime" -> "the Zionist entity" stays lower case: "Israeli" is capitalized anyway),
// capitals throughout, its apostrophe (’ or '), and no doubled article ("the Israeli regime" -> "the Zionist regime", not "the the ..." when the expected rendering
// is "the Zionist entity"). "missing" flags have nothing to replace: where to add a term is the translator's call.

import { diffWordParts, type WordDiffPart } from "../text/word-diff";
import type { CompiledTermBase, TermMatch } from "./matcher";
import { termKeyOf } from "./normalize";
import type { TermFlag } from "./flags";

export interface TermReplacement {
  /** The replaced occurrence in the original text (UTF-16 offsets). */
  start: number;
  end: number;
  found: string;
  replacement: string;
}

export interface TermSuggestion {
  /** The text with the replacements applied; equal to the input when nothing applies. */
  text: string;
  replacements: TermReplacement[];
  diff: WordDiffPart[];
}

export interface SuggestOptions {
  /** The English paragraph as written. */
  text: string;
  /** Its language (default "en"). */
  lang?: string;
  /** The matches of the paragraph (matchTerms). */
  matches: readonly TermMatch[];
  /** The flags of its row (computeTermFlags); those of other rows are ignored by rendering id. */
  flags: readonly TermFlag[];
  compiled: CompiledTermBase;
}

const REPLACEABLE = new Set(["deprecated", "not-preferred", "inconsistent"]);

function pairKey(conceptId: string | number, renderingId: string | number): string {
  return `${conceptId}\u0000${renderingId}`;
}

function pluralize(phrase: string): string {
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/(?:[sxz]|ch|sh)$/i.test(phrase)) return `${phrase}es`;
  return `${phrase}s`;
}

/** Endings the occurrence carries after the rendering: plural, possessive, and the apostrophe it was written with. */
function inflectionOf(tail: string, core: string, renderingKey: string): { isPlural: boolean; isPossessive: boolean; apostrophe: string } {
  const apostrophe = /[’']/.exec(tail)?.[0] ?? "’";
  const plain = tail.replace(/[’']/g, "'").toLowerCase();
  // The "ies" form is inside the core: "entities" for the rendering "entity".
  const isPluralCore = termKeyOf(core) !== renderingKey;
  return {
    isPlural: isPluralCore || plain === "s" || plain === "es" || plain === "s'" || plain === "es'",
    isPossessive: plain.includes("'"),
    apostrophe,
  };
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch === ch.toUpperCase() && ch !== ch.toLowerCase();
}

/** Capitals the sentence gave the occurrence, not those of the rendering itself ("Israeli" is always capitalized). */
function withCase(replacement: string, found: string, rendering: string): string {
  const letters = found.replace(/\P{L}/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = found.match(/\p{L}/u)?.[0];
  if (isUpper(first) && !isUpper(rendering.match(/\p{L}/u)?.[0])) return replacement.replace(/\p{L}/u, (ch) => ch.toUpperCase());
  return replacement;
}

function replacementFor(text: string, match: TermMatch, expected: string, rendering: { key: string; text: string }): string {
  const found = text.slice(match.start, match.end);
  const core = text.slice(match.termStart, match.termEnd);
  const tail = text.slice(match.termEnd, match.end);
  const inflection = inflectionOf(tail, core, rendering.key);
  let phrase = expected.trim();
  const before = text.slice(0, match.start);
  const foundArticle = /^(?:the|a|an)\s+/i.exec(core)?.[0];
  const expectedArticle = /^(?:the|a|an)\s+/i.exec(phrase)?.[0];
  if (expectedArticle && /\b(?:the|a|an)\s+$/i.test(before)) phrase = phrase.slice(expectedArticle.length);
  else if (foundArticle && !expectedArticle) phrase = `${foundArticle}${phrase}`;
  if (inflection.isPlural) phrase = pluralize(phrase);
  if (inflection.isPossessive) phrase += inflection.isPlural ? inflection.apostrophe : `${inflection.apostrophe}s`;
  return withCase(phrase, found, rendering.text);
}

/** The paragraph with the expected renderings applied for its row's flags, and the word diff. */
export function suggestPreferredRenderings(options: SuggestOptions): TermSuggestion {
  const { text, matches, flags, compiled } = options;
  const expectedByFound = new Map<string, string>();
  for (const flag of flags) {
    if (!REPLACEABLE.has(flag.kind) || flag.foundRenderingId === null || flag.expected === null) continue;
    expectedByFound.set(pairKey(flag.conceptId, flag.foundRenderingId), flag.expected);
  }
  const renderings = new Map(compiled.renderings.map((r) => [pairKey(r.conceptId, r.renderingId), r]));
  const replacements: TermReplacement[] = [];
  let lastEnd = -1;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const expected = expectedByFound.get(pairKey(match.conceptId, match.renderingId));
    if (expected === undefined || match.start < lastEnd) continue;
    const rendering = renderings.get(pairKey(match.conceptId, match.renderingId)) ?? { key: "", text: "" };
    const replacement = replacementFor(text, match, expected, rendering);
    replacements.push({ start: match.start, end: match.end, found: text.slice(match.start, match.end), replacement });
    lastEnd = match.end;
  }
  let out = "";
  let at = 0;
  for (const r of replacements) {
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  out += text.slice(at);
  return { text: out, replacements, diff: diffWordParts(text, out, { lang: options.lang ?? "en" }) };
}
