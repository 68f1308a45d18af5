// Lays out a document for the workbench: alignment rows in order, with the paragraphs that are in no row (web
// clutter, or text not yet aligned) slotted in where they stand in their own text. Works on ids and positions
// only, so the whole layout of a 7,000-row document is cheap; the texts are loaded page by page.

export interface LayoutParagraph {
  id: number;
  position: number;
}

export interface LayoutRow {
  id: number;
  /** A replaced rejected row shows its old grouping; its paragraphs are laid out again with the rows after it. */
  replaced: boolean;
  paragraphIds: readonly number[];
}

export type LayoutEntry = { type: "row"; id: number } | { type: "loose"; lang: string; paragraphId: number };

export interface LayoutInput {
  langs: readonly string[];
  /** Each text's paragraphs in position order. */
  paragraphs: Readonly<Record<string, readonly LayoutParagraph[]>>;
  /** Rows in position order. */
  rows: readonly LayoutRow[];
}

export function layoutWorkbenchRows({ langs, paragraphs, rows }: LayoutInput): LayoutEntry[] {
  const located = new Map<number, { lang: string; index: number }>();
  for (const lang of langs) (paragraphs[lang] ?? []).forEach((paragraph, index) => located.set(paragraph.id, { lang, index }));

  const out: LayoutEntry[] = [];
  const next: Record<string, number> = Object.fromEntries(langs.map((l) => [l, 0])); // next paragraph index per text
  const inRow = new Set(rows.flatMap((r) => (r.replaced ? [] : r.paragraphIds)));

  // Emits the loose paragraphs of `lang` that come before index `until`.
  const flushLoose = (lang: string, until: number) => {
    const list = paragraphs[lang] ?? [];
    for (; next[lang]! < until; next[lang]!++) {
      const paragraph = list[next[lang]!]!;
      if (!inRow.has(paragraph.id)) out.push({ type: "loose", lang, paragraphId: paragraph.id });
    }
  };
  const span = (row: LayoutRow, lang: string) => {
    const indices = row.paragraphIds.map((id) => located.get(id)).filter((at) => at?.lang === lang).map((at) => at!.index);
    return indices.length === 0 ? null : { first: Math.min(...indices), last: Math.max(...indices) };
  };

  for (const row of rows) {
    if (row.replaced) {
      out.push({ type: "row", id: row.id }); // before the rows that now hold its paragraphs
      continue;
    }
    for (const lang of langs) {
      const at = span(row, lang);
      if (at) flushLoose(lang, at.first);
    }
    out.push({ type: "row", id: row.id });
    // Loose paragraphs inside the row's span (clutter between two merged paragraphs) follow the row.
    for (const lang of langs) {
      const at = span(row, lang);
      if (at) flushLoose(lang, at.last + 1);
    }
  }
  for (const lang of langs) flushLoose(lang, (paragraphs[lang] ?? []).length);
  return out;
}
