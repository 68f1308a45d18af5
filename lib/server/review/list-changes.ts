// What changed in a document since the page last looked (an audit log id): the page polls this and reloads just
// those rows, or its whole order when rows moved. Several app instances agree, since it is all in the database.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getProgress } from "@/lib/server/document/get-document-head";
import type { ProgressView } from "@/lib/server/document/views";

export interface Changes {
  cursor: number;
  rows: number[];
  paragraphs: number[];
  structural: boolean;
  events: Array<{ action: string; by: string | null; at: string }>;
  progress: ProgressView;
}

const IN_PLACE = new Set(["row.status", "row.confirm-above", "paragraph.edit", "paragraph.restore"]);
const PAGE = 500;

export async function listChanges(db: Db, documentId: number, since: number): Promise<Changes> {
  const entries = await db.auditLog.findMany({
    where: { documentId, id: { gt: BigInt(since) } },
    orderBy: { id: "asc" },
    take: PAGE,
    select: { id: true, action: true, at: true, entity: true, entityId: true, data: true, user: { select: { name: true } } },
  });
  const rows = new Set<number>();
  const paragraphs = new Set<number>();
  let structural = entries.length === PAGE; // too much to list: reload everything
  for (const entry of entries) {
    const data = (entry.data ?? {}) as { rows?: number[]; paragraphs?: number[]; unconfirmed?: number[] };
    for (const id of [...(data.rows ?? []), ...(data.unconfirmed ?? [])]) rows.add(id);
    for (const id of data.paragraphs ?? []) paragraphs.add(id);
    if (entry.entity === "alignment_rows") rows.add(Number(entry.entityId));
    if (entry.entity === "paragraphs") paragraphs.add(Number(entry.entityId));
    if (!IN_PLACE.has(entry.action)) structural = true;
  }
  const last = entries.at(-1)?.id ?? (await latestCursor(db, documentId));
  return {
    cursor: Number(last),
    rows: [...rows],
    paragraphs: [...paragraphs],
    structural,
    events: entries.map((e) => ({ action: e.action, by: e.user?.name ?? null, at: e.at.toISOString() })),
    progress: (await getProgress(db, [documentId])).get(documentId)!,
  };
}

export async function latestCursor(db: Db, documentId: number): Promise<bigint> {
  const last = await db.auditLog.findFirst({ where: { documentId }, orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0n;
}
