// Term flags of a document: where the source text (Persian or Arabic) names a concept of the term base, is it
// rendered in the target (English) as the term base prefers, and consistently with the rows around it?
//
// Per row and concept found in a source cell (one flag per row, concept, kind and rendering):
// - "deprecated": the target cell has a deprecated rendering of the concept;
// - "not-preferred": it has an admitted rendering while the concept has a preferred one, and no preferred one in
//   that row (a second mention shortened to "the Leader" after "the Leader of the Islamic Revolution" is normal);
// - "missing": it has no rendering of the concept at all (a possible omission; a paraphrase or a pronoun is just as
//   likely, so this is a prompt to look, not a verdict). Rows with no target text are not flagged: the row already
//   shows that its translation is missing, and one flag per term would only repeat it.
// And, over the target cells of the document:
// - "inconsistent": the row uses acceptable renderings (preferred, or admitted where the concept has no preferred
//   one; the others are flagged above already) but not the one most used within WINDOW rows either side (ties: the
//   one used first). The window is local on purpose: a reader notices "Quds" turning into "Jerusalem" within a
//   screenful, while a whole document may switch deliberately between sections (a quoted letter, a report around
//   it); the corpus view is where document-wide variation is studied. Five rows either side is about one screen of
//   the workbench.

import { primaryLanguage } from "../lang/languages";
import type { TermMatch } from "./matcher";
import type { TermBase, TermConcept, TermId, TermRendering } from "./types";

export type TermFlagKind = "deprecated" | "not-preferred" | "missing" | "inconsistent";

export interface TermFlag {
  rowId: TermId;
  conceptId: TermId;
  /** The concept's label. */
  concept: string;
  /** The target language checked. */
  lang: string;
  /** The target rendering as the term base writes it; null for "missing". */
  found: string | null;
  /** The rendering expected instead: the preferred one, or for "inconsistent" the one the neighbouring rows use. */
  expected: string | null;
  kind: TermFlagKind;
  foundRenderingId: TermId | null;
  expectedRenderingId: TermId | null;
  /** The source renderings that named the concept in this row, by language. */
  sources: Array<{ lang: string; text: string }>;
}

export interface RowTerms {
  rowId: TermId;
  /**
   * Matches per language code of the row's cells (all paragraphs of a cell together). A language whose cell has text
   * is present, with [] when nothing matched; a language with no text in this row is absent.
   */
  matches: Readonly<Record<string, readonly TermMatch[]>>;
}

export interface FlagOptions {
  /** Target language (default "en"). */
  target?: string;
  /** Source languages (default ["fa", "ar"]). */
  sources?: readonly string[];
  /** Rows either side that count for "inconsistent" (default 5). */
  window?: number;
}

export const DEFAULT_FLAG_WINDOW = 5;

interface ConceptInfo {
  concept: TermConcept;
  /** Target-language renderings by id, in term-base order. */
  targets: Map<TermId, TermRendering>;
  preferred?: TermRendering;
  /** The rendering suggested when the target has none or a deprecated one: preferred, else the first admitted. */
  fallback?: TermRendering;
  renderingText: Map<TermId, string>;
}

function indexConcepts(base: TermBase, target: string): Map<TermId, ConceptInfo> {
  const out = new Map<TermId, ConceptInfo>();
  for (const concept of base.concepts) {
    const targets = new Map<TermId, TermRendering>();
    const renderingText = new Map<TermId, string>();
    for (const rendering of concept.renderings) {
      renderingText.set(rendering.id, rendering.text);
      if (primaryLanguage(rendering.lang) === target) targets.set(rendering.id, rendering);
    }
    const all = [...targets.values()];
    const preferred = all.find((r) => r.status === "preferred");
    const fallback = preferred ?? all.find((r) => r.status === "admitted");
    out.set(concept.id, { concept, targets, preferred, fallback, renderingText });
  }
  return out;
}

/** The source renderings behind a flag, by language, each once (built only for rows that get a flag). */
function describeSources(matches: readonly TermMatch[], info: ConceptInfo): Array<{ lang: string; text: string }> {
  const out: Array<{ lang: string; text: string }> = [];
  for (const match of matches) {
    const text = info.renderingText.get(match.renderingId) ?? "";
    if (!out.some((s) => s.lang === match.lang && s.text === text)) out.push({ lang: match.lang, text });
  }
  return out;
}

function makeFlag(
  rowId: TermId,
  info: ConceptInfo,
  lang: string,
  kind: TermFlagKind,
  found: TermRendering | undefined,
  expected: TermRendering | undefined,
  sources: Array<{ lang: string; text: string }>,
): TermFlag {
  return {
    rowId,
    conceptId: info.concept.id,
    concept: info.concept.label,
    lang,
    found: found?.text ?? null,
    expected: expected?.text ?? null,
    kind,
    foundRenderingId: found?.id ?? null,
    expectedRenderingId: expected?.id ?? null,
    sources,
  };
}

/** The flags of a document's rows, in row order (rows in document order). */
export function computeTermFlags(rows: readonly RowTerms[], base: TermBase, options: FlagOptions = {}): TermFlag[] {
  const target = primaryLanguage(options.target ?? "en");
  const sourceLangs = new Set((options.sources ?? ["fa", "ar"]).map(primaryLanguage));
  const window = options.window ?? DEFAULT_FLAG_WINDOW;
  const concepts = indexConcepts(base, target);
  const flags: TermFlag[][] = rows.map(() => []);
  const primaryOf = new Map<string, string>();
  const primary = (lang: string) => {
    let value = primaryOf.get(lang);
    if (value === undefined) primaryOf.set(lang, (value = primaryLanguage(lang)));
    return value;
  };

  // Acceptable target renderings per row position and concept, for the consistency pass.
  const used: Array<Map<TermId, TermId[]> | undefined> = new Array(rows.length);
  const targetLangAt: string[] = [];
  const sourcesAt: Array<Map<TermId, TermMatch[]> | undefined> = new Array(rows.length);

  rows.forEach((row, position) => {
    let targetLang: string | undefined;
    const targetByConcept = new Map<TermId, TermId[]>();
    const sourceByConcept = new Map<TermId, TermMatch[]>();
    for (const lang in row.matches) {
      const language = primary(lang);
      if (language === target) {
        targetLang ??= lang;
        for (const match of row.matches[lang]!) {
          const list = targetByConcept.get(match.conceptId);
          if (!list) targetByConcept.set(match.conceptId, [match.renderingId]);
          else if (!list.includes(match.renderingId)) list.push(match.renderingId);
        }
      } else if (sourceLangs.has(language)) {
        for (const match of row.matches[lang]!) {
          const list = sourceByConcept.get(match.conceptId);
          if (!list) sourceByConcept.set(match.conceptId, [match]);
          else list.push(match);
        }
      }
    }
    if (targetLang === undefined) return;
    targetLangAt[position] = targetLang;
    sourcesAt[position] = sourceByConcept;

    for (const [conceptId, sourceMatches] of sourceByConcept) {
      const info = concepts.get(conceptId);
      if (!info || info.targets.size === 0) continue;
      const ids = targetByConcept.get(conceptId);
      if (!ids) {
        flags[position]!.push(makeFlag(row.rowId, info, targetLang, "missing", undefined, info.fallback, describeSources(sourceMatches, info)));
        continue;
      }
      let hasPreferred = false;
      for (const id of ids) if (info.targets.get(id)?.status === "preferred") hasPreferred = true;
      let sources: Array<{ lang: string; text: string }> | undefined;
      for (const id of ids) {
        const rendering = info.targets.get(id);
        if (!rendering) continue;
        if (rendering.status === "deprecated") {
          flags[position]!.push(makeFlag(row.rowId, info, targetLang, "deprecated", rendering, info.fallback, (sources ??= describeSources(sourceMatches, info))));
        } else if (rendering.status === "admitted" && info.preferred && !hasPreferred) {
          flags[position]!.push(makeFlag(row.rowId, info, targetLang, "not-preferred", rendering, info.preferred, (sources ??= describeSources(sourceMatches, info))));
        }
      }
    }

    for (const [conceptId, ids] of targetByConcept) {
      const info = concepts.get(conceptId);
      if (!info) continue;
      const acceptable = ids.filter((id) => {
        const rendering = info.targets.get(id);
        return rendering !== undefined && (rendering.status === "preferred" || (rendering.status === "admitted" && !info.preferred));
      });
      if (acceptable.length > 0) (used[position] ??= new Map()).set(conceptId, acceptable);
    }
  });

  rows.forEach((row, position) => {
    for (const [conceptId, ids] of used[position] ?? []) {
      const info = concepts.get(conceptId)!;
      const convention = conventionAround(used, position, window, conceptId);
      // A row using the convention and another acceptable rendering ("the Islamic Resistance Movement of Hamas")
      // names the concept twice, which is not inconsistency.
      if (ids.includes(convention)) continue;
      const sourceMatches = sourcesAt[position]?.get(conceptId);
      const sources = sourceMatches ? describeSources(sourceMatches, info) : [];
      for (const id of ids) {
        flags[position]!.push(makeFlag(row.rowId, info, targetLangAt[position]!, "inconsistent", info.targets.get(id), info.targets.get(convention), sources));
      }
    }
  });

  return flags.flat();
}

/** The rendering of a concept used in the most rows within `window` rows of `position`; ties go to the first used. */
function conventionAround(used: ReadonlyArray<Map<TermId, TermId[]> | undefined>, position: number, window: number, conceptId: TermId): TermId {
  const counts = new Map<TermId, number>();
  const from = Math.max(0, position - window);
  const to = Math.min(used.length - 1, position + window);
  for (let p = from; p <= to; p++) {
    for (const id of used[p]?.get(conceptId) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let best: TermId | undefined;
  let bestCount = 0;
  // Map iteration follows insertion, i.e. first use, so a strict ">" keeps the earliest on ties.
  for (const [id, count] of counts) {
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return best!;
}
