// A row's changes, newest first, with author and time: decisions, edits that touched it, re-aligns.
import "server-only";
import type { Db } from "@/lib/db/client";
import { rowGone } from "@/lib/server/document/lock-document";

export interface HistoryEntry {
  action: string;
  by: string | null;
  at: string;
  details: Record<string, unknown>;
}

export async function getRowHistory(db: Db, rowId: number): Promise<HistoryEntry[]> {
  const row = await db.alignmentRow.findUnique({ where: { id: rowId }, select: { documentId: true } });
  if (!row) throw rowGone(rowId);
  const ids = JSON.stringify([rowId]);
  const entries = await db.$queryRaw<Array<{ action: string; at: Date; name: string | null; data: Record<string, unknown> }>>`
    SELECT a.action, a.at, u.name, a.data FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
    WHERE a.document_id = ${row.documentId}
      AND ((a.entity = 'alignment_rows' AND a.entity_id = ${String(rowId)})
        OR a.data -> 'rows' @> ${ids}::jsonb
        OR a.data -> 'unconfirmed' @> ${ids}::jsonb
        OR a.data -> 'rejectedKept' @> ${ids}::jsonb)
    ORDER BY a.id DESC LIMIT 200`;
  return entries.map((e) => ({ action: e.action, by: e.name, at: e.at.toISOString(), details: e.data }));
}
