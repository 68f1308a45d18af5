// The contents of workbench items by key ("r12", "p34"), for a page of the layout or for rows that changed.
import "server-only";
import type { Db } from "@/lib/db/client";
import { annotateRows } from "@/lib/server/terms/annotate-rows";
import { loadRows, paragraphSelect, paragraphView } from "./load-rows";
import type { ItemView, RowTermsView, RowView } from "./views";

export async function loadItems(db: Db, documentId: number, keys: readonly string[]): Promise<ItemView[]> {
  const rowIds = keys.filter((k) => k.startsWith("r")).map((k) => Number(k.slice(1))).filter(Number.isSafeInteger);
  const paragraphIds = keys.filter((k) => k.startsWith("p")).map((k) => Number(k.slice(1))).filter(Number.isSafeInteger);
  const [rows, loose, langs] = await Promise.all([loadRows(db, documentId, rowIds), paragraphIds.length === 0 ? [] : db.paragraph.findMany({
    where: { id: { in: paragraphIds }, textRef: { documentId } },
    select: paragraphSelect,
  }), db.text.findMany({ where: { documentId }, select: { lang: true } })]);
  await attachTerms(db, documentId, rows);
  const byKey = new Map<string, ItemView>();
  for (const row of rows) {
    for (const { lang } of langs) row.cells[lang] ??= [];
    byKey.set(`r${row.id}`, { type: "row", key: `r${row.id}`, row });
  }
  for (const p of loose) byKey.set(`p${p.id}`, { type: "loose", key: `p${p.id}`, lang: p.textRef.lang, paragraph: paragraphView(p) });
  return keys.flatMap((k) => byKey.get(k) ?? []);
}

/** The term base's marks and flags on each row: every load shows them as they are now (the term base or a text may
 * have changed since the row was last seen). */
async function attachTerms(db: Db, documentId: number, rows: RowView[]): Promise<void> {
  if (rows.length === 0) return;
  const { marks, flags } = await annotateRows(db, documentId, rows.map((r) => r.id));
  const byRow = new Map<number, RowTermsView>(rows.map((r) => [r.id, { marks: {}, flags: [] }]));
  const rowOfParagraph = new Map<number, number>();
  for (const row of rows) for (const p of Object.values(row.cells).flat()) rowOfParagraph.set(p.id, row.id);
  for (const { paragraphId, ...mark } of marks) {
    const terms = byRow.get(rowOfParagraph.get(paragraphId) ?? -1);
    if (terms) (terms.marks[paragraphId] ??= []).push(mark);
  }
  for (const { rowId, ...flag } of flags) byRow.get(rowId)?.flags.push(flag);
  for (const row of rows) row.terms = byRow.get(row.id);
}
