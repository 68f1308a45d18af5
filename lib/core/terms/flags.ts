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

function langOf(matches: Readonly<Record<string, readonly TermMatch[]>>, wanted: string): string[] {
  return Object.keys(matches).filter((lang) => primaryLanguage(lang) === wanted);
}

/** The flags of a document's rows, in row order (rows in document order). */
export function computeTermFlags(rows: readonly RowTerms[], base: TermBase, options: FlagOptions = {}): TermFlag[] {
  const target = primaryLanguage(options.target ?? "en");
  const sourceLangs = (options.sources ?? ["fa", "ar"]).map(primaryLanguage);
  const window = options.window ?? DEFAULT_FLAG_WINDOW;
  const concepts = indexConcepts(base, target);
  const flags: TermFlag[][] = rows.map(() => []);

  // Acceptable target renderings per row position and concept, for the consistency pass.
  const used: Array<Map<TermId, TermId[]>> = rows.map(() => new Map());
  const targetLangAt: string[] = [];
  const sourcesAt: Array<Map<TermId, Array<{ lang: string; text: string }>>> = [];

  rows.forEach((row, position) => {
    const targetLangs = langOf(row.matches, target);
    if (targetLangs.length === 0) return;
    const targetLang = targetLangs[0]!;
    targetLangAt[position] = targetLang;
    const targetByConcept = new Map<TermId, TermId[]>();
    for (const lang of targetLangs) {
      for (const match of row.matches[lang]!) {
        const list = targetByConcept.get(match.conceptId) ?? [];
        if (!list.includes(match.renderingId)) list.push(match.renderingId);
        targetByConcept.set(match.conceptId, list);
      }
    }
    const sourceByConcept = new Map<TermId, Array<{ lang: string; text: string }>>();
    for (const source of sourceLangs) {
      for (const lang of langOf(row.matches, source)) {
        for (const match of row.matches[lang]!) {
          const info = concepts.get(match.conceptId);
          if (!info) continue;
          const list = sourceByConcept.get(match.conceptId) ?? [];
          const text = info.renderingText.get(match.renderingId) ?? "";
          if (!list.some((s) => s.lang === lang && s.text === text)) list.push({ lang, text });
          sourceByConcept.set(match.conceptId, list);
        }
      }
    }

    sourcesAt[position] = sourceByConcept;
    for (const [conceptId, sources] of sourceByConcept) {
      const info = concepts.get(conceptId)!;
      if (info.targets.size === 0) continue;
      const flag = (kind: TermFlagKind, found: TermRendering | undefined, expected: TermRendering | undefined) =>
        flags[position]!.push({
          rowId: row.rowId,
          conceptId,
          concept: info.concept.label,
          lang: targetLang,
          found: found?.text ?? null,
          expected: expected?.text ?? null,
          kind,
          foundRenderingId: found?.id ?? null,
          expectedRenderingId: expected?.id ?? null,
          sources,
        });
      const found = (targetByConcept.get(conceptId) ?? []).map((id) => info.targets.get(id)).filter((r) => r !== undefined);
      if (found.length === 0) flag("missing", undefined, info.fallback);
      const hasPreferred = found.some((r) => r.status === "preferred");
      for (const rendering of found) {
        if (rendering.status === "deprecated") flag("deprecated", rendering, info.fallback);
        else if (rendering.status === "admitted" && info.preferred && !hasPreferred) flag("not-preferred", rendering, info.preferred);
      }
    }

    for (const [conceptId, ids] of targetByConcept) {
      const info = concepts.get(conceptId);
      if (!info) continue;
      const acceptable = ids.filter((id) => {
        const rendering = info.targets.get(id);
        return rendering !== undefined && (rendering.status === "preferred" || (rendering.status === "admitted" && !info.preferred));
      });
      if (acceptable.length > 0) used[position]!.set(conceptId, acceptable);
    }
  });

  rows.forEach((row, position) => {
    for (const [conceptId, ids] of used[position]!) {
      const info = concepts.get(conceptId)!;
      const convention = conventionAround(used, position, window, conceptId);
      // A row using the convention and another acceptable rendering ("the Islamic Resistance Movement of Hamas")
      // names the concept twice, which is not inconsistency.
      if (ids.includes(convention)) continue;
      for (const id of ids) {
        const found = info.targets.get(id)!;
        const expected = info.targets.get(convention)!;
        flags[position]!.push({
          rowId: row.rowId,
          conceptId,
          concept: info.concept.label,
          lang: targetLangAt[position]!,
          found: found.text,
          expected: expected.text,
          kind: "inconsistent",
          foundRenderingId: found.id,
          expectedRenderingId: expected.id,
          sources: sourcesAt[position]?.get(conceptId) ?? [],
        });
      }
    }
  });

  return flags.flat();
}

/** The rendering of a concept used in the most rows within `window` rows of `position`; ties go to the first used. */
function conventionAround(used: ReadonlyArray<Map<TermId, TermId[]>>, position: number, window: number, conceptId: TermId): TermId {
  const counts = new Map<TermId, number>();
  const from = Math.max(0, position - window);
  const to = Math.min(used.length - 1, position + window);
  for (let p = from; p <= to; p++) {
    for (const id of used[p]!.get(conceptId) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
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
