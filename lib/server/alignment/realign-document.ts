// Re-aligns everything a human has not decided. Confirmed rows are hard anchors and come back untouched; rejected
// rows stay, shown as rejected, and their groupings are never proposed again; auto rows are replaced.
//
// The alignment is computed on a worker thread from a snapshot, before any lock is taken, so that nobody waits on
// the aligner; the write transaction then locks the document (the one lock order: document first), checks that
// nothing changed since the snapshot, and only writes. If something did change, the plan is computed again.
import "server-only";
import type { AlignmentPlan, AlignmentPlanInput } from "@/lib/core/jobs";
import type { Db, Tx } from "@/lib/db/client";
import { planAlignmentOnThreads } from "@/lib/worker/plan";
import type { JobProgress } from "@/lib/worker/jobs";
import { recordAudit } from "@/lib/server/audit";
import { lockDocument } from "@/lib/server/document/lock-document";
import { AppError } from "@/lib/server/errors";
import { alignmentFingerprint, readAlignmentState, toAlignRow, type AlignmentState, type StateOverrides } from "./alignment-state";
import { loadLexicon } from "./load-lexicon";
import { writeAlignment } from "./write-alignment";

export interface RealignDocumentOptions {
  documentId: number;
  actorId?: number | null;
  onProgress?: JobProgress;
}

export interface RealignResult {
  rows: number;
  kept: number;
  created: number;
  replaced: number;
  status: "ok" | "gave-up";
  millis: number;
}

export const ALIGNER_ORIGIN = "auto:v1";
/** Write transactions only write (the aligner ran before), but a 15,000-row document still takes seconds. */
export const WRITE_TRANSACTION = { maxWait: 30_000, timeout: 120_000 } as const;
const ATTEMPTS = 3;

export async function realignDocument(db: Db, options: RealignDocumentOptions): Promise<RealignResult> {
  return (await realignAround(db, options, {})).result;
}

export interface RealignAction<T> {
  /** The document as the action will leave it (e.g. a paragraph restored from clutter). */
  overrides?: StateOverrides;
  /** The action's own writes, run in the re-align's transaction before the new rows are written. */
  apply?: (tx: Tx) => Promise<T>;
}

/** Re-aligns the document as an action leaves it, and applies the action and the new rows in one transaction. */
export async function realignAround<T>(
  db: Db,
  { documentId, actorId = null, onProgress }: RealignDocumentOptions,
  action: RealignAction<T>,
): Promise<{ result: RealignResult; applied: T | undefined }> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const state = await readAlignmentState(db, documentId, action.overrides);
    const input = planInput(state, await loadLexicon(db, state.corpusId));
    const plan = await planAlignmentOnThreads(input, onProgress);
    if (!plan.ok) {
      throw new AppError("conflict", `The confirmed rows of this document cannot be kept as they are: ${plan.message}`, {
        messageKey: "workbench.anchorsInconsistent",
      });
    }
    try {
      return await db.$transaction(async (tx) => {
        await lockDocument(tx, documentId);
        if ((await alignmentFingerprint(tx, documentId)) !== state.fingerprint) throw new SnapshotChanged();
        const applied = action.apply ? await action.apply(tx) : undefined;
        const result = await writePlan(tx, state, input, plan, actorId, started);
        return { result, applied };
      }, WRITE_TRANSACTION);
    } catch (error) {
      if (!(error instanceof SnapshotChanged)) throw error;
      if (attempt >= ATTEMPTS) {
        throw new AppError("conflict", "The document kept changing while it was being re-aligned; try again in a moment.", {
          messageKey: "workbench.realignRaced",
        });
      }
    }
  }
}

class SnapshotChanged extends Error {}

function planInput(state: AlignmentState, lexicon: AlignmentPlanInput["lexicon"]): AlignmentPlanInput {
  const anchors = state.confirmed.map((row) => toAlignRow([...row.paragraphIds, ...row.absorbed], state.texts));
  const rejected = [...state.rejectedLive, ...state.rejectedPlaced].map((row) => toAlignRow(row.paragraphIds, state.texts));
  const hasUnits = (row: { cells: Record<string, number[]> }) => Object.values(row.cells).some((units) => units.length > 0);
  return {
    texts: state.texts.map((t) => ({ lang: t.lang, units: t.paragraphs.map((p) => p.text) })),
    pivot: state.pivot,
    anchors,
    resentence: state.confirmed.flatMap((row, index) => (row.absorbed.length > 0 ? [index] : [])),
    forbidden: rejected.filter(hasUnits),
    lexicon,
  };
}

async function writePlan(
  tx: Tx,
  state: AlignmentState,
  input: AlignmentPlanInput,
  plan: Extract<AlignmentPlan, { ok: true }>,
  actorId: number | null,
  started: number,
): Promise<RealignResult> {
  const { documentId } = state;
  const { rows, status, sentenceRatios, sentenceJoins, letterRatios } = plan;

  // A confirmed row that takes in a restored paragraph has changed: it goes back to unconfirmed, and says so.
  for (const row of state.confirmed.filter((r) => r.absorbed.length > 0)) {
    await tx.alignmentCell.createMany({ data: row.absorbed.map((paragraphId) => ({ rowId: row.id, paragraphId })) });
    await tx.alignmentRow.update({
      where: { id: row.id },
      data: { status: "AUTO", version: { increment: 1 }, decidedById: actorId, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId,
      documentId,
      action: "row.reset",
      entity: "alignment_rows",
      entityId: row.id,
      data: { reason: "paragraphs-restored-inside", from: "CONFIRMED", paragraphs: row.absorbed },
    });
  }

  // Rejected rows keep their place and the grouping they were rejected for; their paragraphs go to new rows.
  const tombstoned = state.rejectedLive.map((r) => r.id);
  for (const row of state.rejectedLive) {
    await tx.alignmentRow.update({ where: { id: row.id }, data: { rejectedGrouping: row.paragraphIds, version: { increment: 1 } } });
  }
  if (tombstoned.length > 0) {
    await tx.sentenceLink.deleteMany({ where: { rowId: { in: tombstoned } } });
    await tx.alignmentCell.deleteMany({ where: { rowId: { in: tombstoned } } });
  }

  // Only rows that were auto in the snapshot go, and the fingerprint proved none has changed since.
  const replaced = state.autoRowIds;
  if (replaced.length > 0) {
    // Their sentences go first, as writeAlignment would delete them anyway: deleting the rows' links would otherwise
    // set each sentence's link to null, 15,000 updates on a 7,500-row pair, just before that.
    await tx.$executeRaw`DELETE FROM sentences s USING sentence_links l, alignment_rows r
      WHERE s.link_id = l.id AND l.row_id = r.id AND r.id = ANY(${replaced}::int[]) AND r.status = 'AUTO'`;
    await tx.alignmentRow.deleteMany({ where: { id: { in: replaced }, status: "AUTO" } });
  }

  const written = await writeAlignment(tx, {
    documentId,
    texts: state.texts,
    rows,
    anchorIds: state.confirmed.map((r) => r.id),
    placeBefore: [...state.rejectedLive, ...state.rejectedPlaced],
    origin: ALIGNER_ORIGIN,
  });

  const millis = Math.round(performance.now() - started);
  await tx.document.update({
    where: { id: documentId },
    data: {
      alignedAt: new Date(),
      alignInfo: { status, origin: ALIGNER_ORIGIN, millis, rows: rows.length, sentenceRatios, sentenceJoins, letterRatios },
    },
  });
  await recordAudit(tx, {
    actorId,
    documentId,
    action: "alignment.realign",
    entity: "documents",
    entityId: documentId,
    data: {
      replaced,
      rejectedKept: [...tombstoned, ...state.rejectedPlaced.map((r) => r.id)],
      unconfirmed: state.confirmed.filter((r) => r.absorbed.length > 0).map((r) => r.id),
      kept: written.kept,
      created: written.created.length,
      forbidden: input.forbidden?.length ?? 0,
      status,
    },
  });
  return { rows: rows.length, kept: written.kept, created: written.created.length, replaced: replaced.length, status, millis };
}
