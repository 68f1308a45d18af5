// What an edit answers: the rows it changed as they read now, the keys of those that are gone, whether the
// layout moved (the page then reloads its order), the document's progress, and the rows it unconfirmed.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { EditOutcome } from "@/lib/server/editing/run-edit";
import { getProgress } from "./get-document-head";
import { loadItems } from "./load-items";
import { rowItemKey, type ItemView, type ProgressView } from "./views";

/** Actions that change only the content of rows in place; every other one may move, add or remove rows. */
const IN_PLACE = new Set(["row.status", "row.confirm-above", "paragraph.edit", "paragraph.restore"]);

export interface EditAnswer<T> {
  result: T;
  items: ItemView[];
  removed: string[];
  structural: boolean;
  unconfirmed: number[];
  progress: ProgressView;
  undoable: boolean;
}

export async function presentEdit<T>(db: Db, documentId: number, action: string, outcome: EditOutcome<T>): Promise<EditAnswer<T>> {
  const keys = outcome.changed.rows.map(rowItemKey);
  const [items, progress] = await Promise.all([loadItems(db, documentId, keys), getProgress(db, [documentId])]);
  const present = new Set(items.map((i) => i.key));
  return {
    result: outcome.result,
    items,
    removed: keys.filter((k) => !present.has(k)),
    structural: !IN_PLACE.has(action),
    unconfirmed: outcome.unconfirmed,
    progress: progress.get(documentId)!,
    undoable: outcome.operationId !== null,
  };
}
