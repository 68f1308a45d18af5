// A paragraph's revisions, newest first, and a word-level comparison of any two.
import "server-only";
import { diffWordParts, type WordDiffPart } from "@/lib/core/text/word-diff";
import type { Db } from "@/lib/db/client";
import { lower, type ParagraphKindView } from "@/lib/server/document/views";
import { notFound } from "@/lib/server/errors";

export interface RevisionView {
  version: number;
  text: string;
  kind: ParagraphKindView;
  by: string | null;
  at: string;
}

export async function listRevisions(db: Db, paragraphId: number): Promise<{ lang: string; current: number; revisions: RevisionView[] }> {
  const paragraph = await db.paragraph.findUnique({
    where: { id: paragraphId },
    select: {
      version: true,
      text: true,
      kind: true,
      textRef: { select: { lang: true, createdAt: true } },
      revisions: { orderBy: { version: "desc" }, select: { version: true, text: true, kind: true, createdAt: true, author: { select: { name: true } } } },
    },
  });
  if (!paragraph) throw notFound("paragraph", paragraphId);
  const revisions: RevisionView[] = paragraph.revisions.map((r) => ({ version: r.version, text: r.text, kind: lower(r.kind), by: r.author?.name ?? null, at: r.createdAt.toISOString() }));
  // Never edited: the imported text is the one revision there is.
  if (revisions.length === 0) {
    revisions.push({ version: paragraph.version, text: paragraph.text, kind: lower(paragraph.kind), by: null, at: paragraph.textRef.createdAt.toISOString() });
  }
  return { lang: paragraph.textRef.lang, current: paragraph.version, revisions };
}

export async function compareRevisions(db: Db, paragraphId: number, from: number, to: number): Promise<{ lang: string; changes: WordDiffPart[] }> {
  const { lang, revisions } = await listRevisions(db, paragraphId);
  const a = revisions.find((r) => r.version === from);
  const b = revisions.find((r) => r.version === to);
  if (!a) throw notFound("revision", `${paragraphId}/${from}`);
  if (!b) throw notFound("revision", `${paragraphId}/${to}`);
  return { lang, changes: diffWordParts(a.text, b.text, { lang }) };
}
