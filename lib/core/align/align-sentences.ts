// Sentence alignment inside one aligned row: each language's paragraphs are split into sentences and the sentences
// are aligned n-way with the same engine as paragraphs. The row's own letter totals give the length ratio, which
// is exact for the row, so even a two-sentence row has a well-founded length model.

import { splitSentences } from "../text/sentences";
import { alignDocument } from "./align-document";
import { AlignInputError, type AlignOptions, type SentenceCell, type SentenceLink, type SentenceRef } from "./types";

export function alignSentences(
  cells: SentenceCell[],
  options: AlignOptions & { pivot?: string } = {},
): SentenceLink[] {
  const langs = cells.map((cell) => cell.lang);
  if (new Set(langs).size !== langs.length) throw new AlignInputError("two cells have the same lang");
  const refs = new Map<string, SentenceRef[]>();
  const texts = cells.map((cell) => {
    const sentences = cell.texts.flatMap((text, unit) =>
      splitSentences(text, cell.lang).map((span) => ({ unit, start: span.start, end: span.end })),
    );
    refs.set(cell.lang, sentences);
    return { lang: cell.lang, units: sentences.map((ref) => cell.texts[ref.unit]!.slice(ref.start, ref.end)) };
  });
  const present = texts.filter((text) => text.units.length > 0).map((text) => text.lang);
  if (present.length === 0) return [];
  const pivot = [options.pivot, "en", ...present].find((lang) => lang !== undefined && present.includes(lang))!;
  const { rows } = alignDocument(texts, { ...options, pivot });
  return rows.map((row) => ({
    spans: Object.fromEntries(langs.map((lang) => [lang, (row.cells[lang] ?? []).map((index) => refs.get(lang)![index]!)])),
    score: row.score,
  }));
}
