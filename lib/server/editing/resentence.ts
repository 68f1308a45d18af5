// Sentence links of rows whose content an edit changed, aligned again. One row is a few sentences: this runs on the
// request's thread (about a millisecond a row), unlike whole-document alignment.
import "server-only";
import { alignStoredRowSentences } from "@/lib/core/jobs";
import type { Tx } from "@/lib/db/client";
import { sentenceMeasuresOf } from "@/lib/server/alignment/align-info";
import { clearSentencesPending, writeSentenceLinks } from "@/lib/server/alignment/write-alignment";

export async function resentenceRows(tx: Tx, documentId: number, rowIds: readonly number[], pivot: string): Promise<void> {
  if (rowIds.length === 0) return;
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { alignInfo: true } });
  const measures = sentenceMeasuresOf(document?.alignInfo);
  const rows = await tx.alignmentRow.findMany({
    where: { id: { in: [...rowIds] } },
    select: { id: true, score: true, cells: { select: { paragraph: { select: { id: true, text: true, position: true, textRef: { select: { lang: true } } } } } } },
  });
  await tx.sentenceLink.deleteMany({ where: { rowId: { in: [...rowIds] } } });
  await writeSentenceLinks(
    tx,
    rows.map((row) => {
      const byLang = new Map<string, Array<{ id: number; text: string; position: number }>>();
      for (const { paragraph } of row.cells) {
        const list = byLang.get(paragraph.textRef.lang) ?? [];
        list.push(paragraph);
        byLang.set(paragraph.textRef.lang, list);
      }
      for (const list of byLang.values()) list.sort((a, b) => a.position - b.position);
      const cells = [...byLang].map(([lang, list]) => ({ lang, texts: list.map((p) => p.text) }));
      return {
        rowId: row.id,
        paragraphs: Object.fromEntries([...byLang].map(([lang, list]) => [lang, list.map((p) => p.id)])),
        links: alignStoredRowSentences(cells, row.score, pivot, measures),
      };
    }),
  );
  await clearSentencesPending(tx, rowIds);
}
