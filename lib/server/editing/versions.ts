// Every write names the version it was based on. A stale one is refused with what the other person did: who,
// when, and how the thing reads now, so that the page can show it and nothing is overwritten silently.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { rowGone } from "@/lib/server/document/lock-document";
import { AppError, notFound } from "@/lib/server/errors";

export interface Expected {
  id: number;
  version: number;
}

export async function assertRowVersions(tx: Tx, documentId: number, expected: readonly Expected[]): Promise<void> {
  const rows = await tx.alignmentRow.findMany({
    where: { id: { in: expected.map((e) => e.id) }, documentId },
    select: { id: true, version: true, status: true, comment: true },
  });
  for (const want of expected) {
    const row = rows.find((r) => r.id === want.id);
    if (!row) throw rowGone(want.id);
    if (row.version !== want.version) {
      throw await staleWith(tx, documentId, "row", want.id, { status: row.status.toLowerCase(), comment: row.comment, version: row.version });
    }
  }
}

export async function assertParagraphVersion(tx: Tx, documentId: number, want: Expected): Promise<{ text: string; kind: string; textId: number }> {
  const paragraph = await tx.paragraph.findFirst({
    where: { id: want.id, textRef: { documentId } },
    select: { version: true, text: true, kind: true, textId: true },
  });
  if (!paragraph) throw notFound("paragraph", want.id);
  if (paragraph.version !== want.version) {
    throw await staleWith(tx, documentId, "paragraph", want.id, { text: paragraph.text, kind: paragraph.kind.toLowerCase(), version: paragraph.version });
  }
  return paragraph;
}

/** The conflict, with the latest change to that row or paragraph found in the audit log. */
async function staleWith(tx: Tx, documentId: number, what: "row" | "paragraph", id: number, current: Record<string, unknown>): Promise<AppError> {
  const key = what === "row" ? "rows" : "paragraphs";
  const [last] = await tx.$queryRaw<Array<{ at: Date; name: string | null; action: string }>>`
    SELECT a.at, u.name, a.action FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
    WHERE a.document_id = ${documentId}
      AND ((a.entity = ${what === "row" ? "alignment_rows" : "paragraphs"} AND a.entity_id = ${String(id)})
           OR a.data -> ${key} @> ${JSON.stringify([id])}::jsonb)
    ORDER BY a.id DESC LIMIT 1`;
  const by = last?.name ?? null;
  const at = last?.at.toISOString() ?? null;
  return new AppError("conflict", `The ${what} was changed by ${by ?? "someone else"}${at ? ` at ${at}` : ""}; your change was not saved.`, {
    messageKey: by ? "errors.staleVersionBy" : "errors.staleVersion",
    params: { what, by: by ?? "", at: at ?? "" },
    current: { [what]: { id, ...current }, action: last?.action ?? null, by, at },
  });
}
