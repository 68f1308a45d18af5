// Every edit of a document's texts and rows goes through here: lock the document (the one lock order), let the
// operation check versions and write, then settle what follows from any change, the same for every operation —
// a row whose content changed loses its decision (and the answer says so), versions grow, sentences are aligned
// again, revisions are written — and keep the before and after slices for undo and redo.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchKey } from "@/lib/core/text/search-key";
import type { Db, Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit";
import { lockDocument } from "@/lib/server/document/lock-document";
import { resentenceRows } from "./resentence";
import { captureSlice, diffSlices, idsOf, type Slice, type SliceIds } from "./slice";

export interface EditPlan<T> {
  /** Audit and history name, e.g. "paragraph.edit", "row.merge". */
  action: string;
  /** Everything the operation may change that exists now; what it creates is reported by apply(). */
  touches: SliceIds;
  apply(tx: Tx): Promise<{ result: T; created?: Partial<SliceIds> }>;
  /** Extra audit data (e.g. a reviewer's comment). */
  details?: Prisma.InputJsonObject;
}

export interface EditOutcome<T> {
  result: T;
  /** The stored operation (undoable), or null when nothing changed. */
  operationId: number | null;
  changed: { rows: number[]; paragraphs: number[] };
  /** Decided rows whose content changed and that are now unconfirmed again. */
  unconfirmed: number[];
  /** The versions of the changed rows and paragraphs that still exist, for the page's next write. */
  versions: { rows: Record<number, number>; paragraphs: Record<number, number> };
}

export interface EditActor {
  documentId: number;
  actorId: number | null;
}

export async function runEdit<T>(db: Db, actor: EditActor, build: (tx: Tx) => Promise<EditPlan<T>>): Promise<EditOutcome<T>> {
  return db.$transaction(async (tx) => {
    const { pivotLang } = await lockDocument(tx, actor.documentId);
    const plan = await build(tx);
    const before = await captureSlice(tx, actor.documentId, plan.touches);
    const { result, created } = await plan.apply(tx);
    const createdIds = { paragraphIds: [...(created?.paragraphIds ?? [])], rowIds: [...(created?.rowIds ?? [])] };
    const beforeAll: Slice = {
      paragraphs: [...before.paragraphs, ...createdIds.paragraphIds.map((id) => ({ id, exists: false as const }))],
      rows: [...before.rows, ...createdIds.rowIds.map((id) => ({ id, exists: false as const }))],
    };
    const settled = await settle(tx, actor, beforeAll, pivotLang, { resetDecisions: true });
    const versions = await versionsOf(tx, settled.changed);
    if (settled.changed.rows.length === 0 && settled.changed.paragraphs.length === 0) {
      return { result, operationId: null, changed: settled.changed, unconfirmed: [], versions };
    }
    // A new action ends the redo history, as in every editor.
    await tx.editOperation.deleteMany({ where: { documentId: actor.documentId, userId: actor.actorId, undoneAt: { not: null } } });
    const operation = await tx.editOperation.create({
      data: { documentId: actor.documentId, userId: actor.actorId, action: plan.action, before: toJson(beforeAll), after: toJson(settled.after) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.actorId,
      documentId: actor.documentId,
      action: plan.action,
      entity: "edit_operations",
      entityId: operation.id,
      data: { ...settled.changed, unconfirmed: settled.unconfirmed, ...plan.details },
    });
    return { result, operationId: operation.id, changed: settled.changed, unconfirmed: settled.unconfirmed, versions };
  });
}

export async function versionsOf(tx: Tx, changed: { rows: number[]; paragraphs: number[] }): Promise<EditOutcome<unknown>["versions"]> {
  const [rows, paragraphs] = await Promise.all([
    tx.alignmentRow.findMany({ where: { id: { in: changed.rows } }, select: { id: true, version: true } }),
    tx.paragraph.findMany({ where: { id: { in: changed.paragraphs } }, select: { id: true, version: true } }),
  ]);
  return {
    rows: Object.fromEntries(rows.map((r) => [r.id, r.version])),
    paragraphs: Object.fromEntries(paragraphs.map((p) => [p.id, p.version])),
  };
}

/**
 * What follows from a change, compared with `before`: rows whose paragraphs or texts changed lose a decision the
 * change did not make itself (unless `resetDecisions` is off: undo restores decisions as they were), changed
 * rows and paragraphs get a new version, texts get revisions and search keys, changed rows new sentence links.
 */
export async function settle(
  tx: Tx,
  actor: EditActor,
  before: Slice,
  pivot: string,
  { resetDecisions }: { resetDecisions: boolean },
): Promise<{ after: Slice; changed: { rows: number[]; paragraphs: number[] }; unconfirmed: number[] }> {
  const ids = idsOf(before);
  const mid = await captureSlice(tx, actor.documentId, ids);
  const diff = diffSlices(before, mid);
  const textChanged = new Set(diff.texts);
  const beforeRow = new Map(before.rows.map((r) => [r.id, r]));
  const contentChanged = mid.rows.filter((r) => r.exists && (diff.cells.includes(r.id) || r.cells.some((p) => textChanged.has(p)))).map((r) => r.id);

  const unconfirmed: number[] = [];
  if (resetDecisions) {
    for (const row of mid.rows) {
      const old = beforeRow.get(row.id);
      if (!row.exists || !contentChanged.includes(row.id) || row.status === "AUTO") continue;
      if (old?.exists && old.status !== row.status) continue; // the operation made this decision itself
      unconfirmed.push(row.id);
    }
    if (unconfirmed.length > 0) {
      await tx.alignmentRow.updateMany({ where: { id: { in: unconfirmed } }, data: { status: "AUTO", decidedById: actor.actorId, decidedAt: new Date() } });
    }
  }

  const liveRows = new Set(mid.rows.filter((r) => r.exists).map((r) => r.id));
  // A row whose text changed is a new row to review: a decision based on its old version must not land on it.
  const changedRows = [...new Set([...diff.rows, ...contentChanged, ...unconfirmed])];
  const bumpRows = changedRows.filter((id) => liveRows.has(id));
  if (bumpRows.length > 0) await tx.alignmentRow.updateMany({ where: { id: { in: bumpRows } }, data: { version: { increment: 1 } } });

  const midParagraph = new Map(mid.paragraphs.map((p) => [p.id, p]));
  const beforeParagraph = new Map(before.paragraphs.map((p) => [p.id, p]));
  for (const id of diff.paragraphs) {
    const now = midParagraph.get(id);
    if (!now?.exists) continue;
    const old = beforeParagraph.get(id);
    const { version } = await tx.paragraph.update({
      where: { id },
      data: { version: { increment: old?.exists ? 1 : 0 }, ...(textChanged.has(id) || !old?.exists ? { searchText: searchKey(now.text) } : {}) },
      select: { version: true },
    });
    // History starts with what was imported: the first change also records the text it replaced.
    if (old?.exists) {
      await tx.paragraphRevision.upsert({
        where: { paragraphId_version: { paragraphId: id, version: version - 1 } },
        create: { paragraphId: id, version: version - 1, text: old.text, kind: old.kind, authorId: null },
        update: {},
      });
    }
    await tx.paragraphRevision.create({ data: { paragraphId: id, version, text: now.text, kind: now.kind, authorId: actor.actorId } });
  }

  await resentenceRows(tx, actor.documentId, contentChanged, pivot);
  const after = await captureSlice(tx, actor.documentId, ids);
  return { after, changed: { rows: changedRows, paragraphs: diff.paragraphs }, unconfirmed };
}

function toJson(slice: Slice): Prisma.InputJsonValue {
  return slice as unknown as Prisma.InputJsonValue;
}
