// Lays out a document for the workbench: alignment rows in order, with the paragraphs that are in no row
// (web clutter, or text not yet aligned) slotted in where they stand in their own text.

/** Rows scored below this are listed as doubtful (the aligner's calibration puts ≥ 0.9 at ≥ 97 % correct). */
export const DOUBTFUL_BELOW = 0.9;

export interface ParagraphView {
  id: number;
  position: number;
  text: string;
  kind: "BODY" | "HEADING" | "BOILERPLATE";
  version: number;
}

export interface AlignedRowView {
  type: "aligned";
  id: number;
  status: "AUTO" | "CONFIRMED" | "REJECTED";
  score: number;
  version: number;
  /**
   * A rejected row whose paragraphs a re-align gave to new rows: it shows the grouping it was rejected for, and
   * those paragraphs appear again in the rows that follow it.
   */
  replaced: boolean;
  cells: Record<string, ParagraphView[]>;
}

/** A paragraph outside every row: boilerplate, or a body paragraph awaiting alignment. */
export interface LooseRowView {
  type: "loose";
  lang: string;
  paragraph: ParagraphView;
}

export type WorkbenchRow = AlignedRowView | LooseRowView;

export interface LayoutInput {
  langs: readonly string[];
  /** Each text's paragraphs in position order. */
  paragraphs: Readonly<Record<string, readonly ParagraphView[]>>;
  rows: ReadonlyArray<Omit<AlignedRowView, "type" | "cells"> & { paragraphIds: readonly number[] }>;
}

export function layoutWorkbenchRows({ langs, paragraphs, rows }: LayoutInput): WorkbenchRow[] {
  const located = new Map<number, { lang: string; paragraph: ParagraphView; index: number }>();
  for (const lang of langs) (paragraphs[lang] ?? []).forEach((paragraph, index) => located.set(paragraph.id, { lang, paragraph, index }));

  const out: WorkbenchRow[] = [];
  const next: Record<string, number> = Object.fromEntries(langs.map((l) => [l, 0])); // next paragraph index per text
  const inRow = new Set(rows.flatMap((r) => (r.replaced ? [] : r.paragraphIds)));

  // Emits the loose paragraphs of `lang` that come before index `until`.
  const flushLoose = (lang: string, until: number) => {
    const list = paragraphs[lang] ?? [];
    for (; next[lang]! < until; next[lang]!++) {
      const paragraph = list[next[lang]!]!;
      if (!inRow.has(paragraph.id)) out.push({ type: "loose", lang, paragraph });
    }
  };

  for (const row of rows) {
    const cells: Record<string, ParagraphView[]> = Object.fromEntries(langs.map((l) => [l, []]));
    for (const id of row.paragraphIds) {
      const where = located.get(id);
      if (where) cells[where.lang]!.push(where.paragraph);
    }
    for (const lang of langs) cells[lang]!.sort((a, b) => a.position - b.position);
    const view: AlignedRowView = { type: "aligned", id: row.id, status: row.status, score: row.score, version: row.version, replaced: row.replaced, cells };
    if (row.replaced) {
      out.push(view); // its paragraphs are laid out again with the rows that now hold them
      continue;
    }
    for (const lang of langs) {
      const first = cells[lang]![0];
      if (first) flushLoose(lang, located.get(first.id)!.index);
    }
    out.push(view);
    // Loose paragraphs inside the row's span (clutter between two merged paragraphs) follow the row.
    for (const lang of langs) {
      const last = cells[lang]!.at(-1);
      if (last) flushLoose(lang, located.get(last.id)!.index + 1);
    }
  }
  for (const lang of langs) flushLoose(lang, (paragraphs[lang] ?? []).length);
  return out;
}
