// Turns the entries a TBX or CSV reader found into a term base, with the checks both formats share: languages
// validated and canonicalized, empty terms reported, the same term twice in one concept merged (or reported when its
// two statuses disagree), concepts with the same id merged. Nothing is dropped without a problem saying so.

import { parseLanguageTag, type ParseLanguageResult } from "../lang/languages";
import { termProblem, type TermProblem } from "./problems";
import { termKeyOf } from "./normalize";
import type { TermConcept, TermRendering, TermStatus } from "./types";

export interface RawRendering {
  lang: string;
  text: string;
  /** Status as read; undefined when the file gave none (read as admitted). */
  status?: TermStatus;
  note?: string;
  line?: number;
}

export interface RawConcept {
  /** Id from the file; when absent the concept gets "c<n>". */
  id?: string;
  label?: string;
  domain?: string;
  note?: string;
  line?: number;
  renderings: RawRendering[];
}

/** Result of reading a term file: the concepts and every problem found. The caller refuses the file on an error. */
export interface TermFileResult {
  format: "tbx" | "csv";
  concepts: TermConcept[];
  problems: TermProblem[];
}

export const DEFAULT_MAX_CONCEPTS = 100_000;

// A term file names a handful of languages many thousands of times; parsing a tag takes microseconds (Intl).
const LANGUAGE_TAGS = new Map<string, ParseLanguageResult>();

function parseTag(code: string): ParseLanguageResult {
  let parsed = LANGUAGE_TAGS.get(code);
  if (!parsed) {
    parsed = parseLanguageTag(code);
    if (LANGUAGE_TAGS.size < 1000) LANGUAGE_TAGS.set(code, parsed);
  }
  return parsed;
}

export interface ReadOptions {
  /** More concepts than this is an error and nothing is read (default 100,000). */
  maxConcepts?: number;
}

/** The label a concept without one gets: its first preferred English term, else its first term. */
export function defaultLabel(renderings: readonly { lang: string; text: string; status: TermStatus }[]): string {
  const english = renderings.filter((r) => r.lang === "en" || r.lang.startsWith("en-"));
  return (
    english.find((r) => r.status === "preferred")?.text ??
    english[0]?.text ??
    renderings.find((r) => r.status === "preferred")?.text ??
    renderings[0]?.text ??
    ""
  );
}

export function assembleConcepts(raw: readonly RawConcept[], problems: TermProblem[]): TermConcept[] {
  const byId = new Map<string, { concept: RawConcept; line?: number }>();
  const order: RawConcept[] = [];
  raw.forEach((entry, n) => {
    const id = entry.id?.trim() || `c${n + 1}`;
    const seen = byId.get(id);
    if (seen) {
      problems.push(termProblem("duplicate-concept", { concept: id, firstLine: seen.line ?? 0 }, { line: entry.line }));
      seen.concept.renderings.push(...entry.renderings);
      seen.concept.label ||= entry.label;
      seen.concept.domain ||= entry.domain;
      seen.concept.note = joinNotes(seen.concept.note, entry.note);
      return;
    }
    const copy: RawConcept = { ...entry, id, renderings: [...entry.renderings] };
    byId.set(id, { concept: copy, line: entry.line });
    order.push(copy);
  });

  const concepts: TermConcept[] = [];
  for (const entry of order) {
    const id = entry.id!;
    const name = entry.label?.trim() || id;
    const renderings: Array<TermRendering & { line?: number; key: string }> = [];
    for (const rendering of entry.renderings) {
      const text = rendering.text.trim();
      const key = termKeyOf(text);
      if (key.length === 0) {
        problems.push(termProblem("empty-term", { concept: name }, { line: rendering.line }));
        continue;
      }
      const parsed = parseTag(rendering.lang);
      if (!parsed.ok) continue; // reported by the reader, once per language section
      const lang = parsed.tag.code;
      const status = rendering.status ?? "admitted";
      const twin = renderings.find((r) => r.lang === lang && r.key === key);
      if (twin) {
        const params = { term: text, lang, concept: name, firstLine: twin.line ?? 0 };
        if (twin.status !== status) {
          problems.push(termProblem("conflicting-status", { ...params, first: twin.status, second: status }, { line: rendering.line }));
        } else {
          problems.push(termProblem("duplicate-rendering", params, { line: rendering.line }));
        }
        twin.note = joinNotes(twin.note, rendering.note);
        continue;
      }
      const out: TermRendering & { line?: number; key: string } = { id: `${id}/${renderings.length + 1}`, lang, text, status, key };
      if (rendering.note?.trim()) out.note = rendering.note.trim();
      if (rendering.line !== undefined) out.line = rendering.line;
      renderings.push(out);
    }
    if (renderings.length === 0) problems.push(termProblem("empty-concept", { concept: name }, { line: entry.line }));
    const concept: TermConcept = {
      id,
      label: entry.label?.trim() || defaultLabel(renderings) || id,
      renderings: renderings.map((r) => {
        const clean: TermRendering = { id: r.id, lang: r.lang, text: r.text, status: r.status };
        if (r.note) clean.note = r.note;
        return clean;
      }),
    };
    if (entry.domain?.trim()) concept.domain = entry.domain.trim();
    if (entry.note?.trim()) concept.note = entry.note.trim();
    concepts.push(concept);
  }
  return concepts;
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  const parts = [a?.trim(), b?.trim()].filter((x): x is string => !!x);
  if (parts.length === 0) return undefined;
  return [...new Set(parts)].join("; ");
}

/** Checks a language code as a reader meets it; reports unknown ones. Returns the code or undefined. */
export function checkLanguage(lang: string | undefined, problems: TermProblem[], where: { line?: number; column?: number }): string | undefined {
  if (!lang?.trim()) {
    problems.push(termProblem("missing-language", {}, where));
    return undefined;
  }
  const parsed = parseTag(lang);
  if (!parsed.ok) {
    problems.push(termProblem("unknown-language", { lang }, where));
    return undefined;
  }
  return parsed.tag.code;
}
