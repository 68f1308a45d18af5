// Everything the workbench can do, as calls to the API whose answers go straight into the store: the rows an
// action changed are replaced, the order is reloaded when rows moved, and the page is told what to say.
import type { TFunction } from "i18next";
import type { EditAnswer } from "@/lib/server/document/present-edit";
import type { ItemView, ParagraphView, RowView } from "@/lib/server/document/views";
import { callApi, type ApiFailure } from "../call-api";
import type { WorkbenchStore } from "./store";

export type Notice = { kind: "info" | "error"; text: string; rowId?: number };

export interface UndoState {
  undo: string | null;
  redo: string | null;
}

export class WorkbenchActions {
  constructor(
    private readonly documentId: number,
    private readonly store: WorkbenchStore,
    private readonly t: TFunction,
    private readonly notify: (notice: Notice) => void,
    private readonly onUndoState: (state: UndoState) => void,
  ) {}

  /** The edits asked for so far, one after the other: the last one's promise. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs one edit after those already asked for: answers are applied in order and never two at once, and a key
   * pressed while an edit is still running (Ctrl+Z right after a move) waits its turn instead of being lost. An edit
   * queued behind one that changed the same row carries that row's old version and gets the conflict message.
   */
  private edit(url: string, method: string, body: unknown, rowId?: number): Promise<boolean> {
    return this.inTurn(async () => {
      const result = await callApi<EditAnswer<unknown>>(url, { method, body });
      if (!result.ok) {
        await this.fail(result, rowId);
        return false;
      }
      await this.apply(result.data);
      return true;
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async apply(answer: EditAnswer<unknown>): Promise<void> {
    this.store.setItems(answer.items);
    this.store.forget(answer.removed);
    this.store.setProgress(answer.progress);
    if (answer.structural) await this.reloadLayout();
    if (answer.unconfirmed.length > 0) {
      this.notify({ kind: "info", text: this.t("editing.unconfirmed", { count: answer.unconfirmed.length }), rowId: answer.unconfirmed[0] });
    }
    await this.refreshUndo();
  }

  private async fail(failure: ApiFailure, rowId?: number): Promise<void> {
    let text = failure.message(this.t);
    if (failure.status === 403) text = this.t("errors.forbiddenAction", { message: text });
    const current = failure.current as { by?: string | null; at?: string | null; row?: { status?: string }; paragraph?: { text?: string } } | undefined;
    if (failure.status === 409 && current?.paragraph?.text !== undefined) {
      text = `${text} ${this.t("editing.nowReads", { text: current.paragraph.text.slice(0, 300) })}`;
    } else if (failure.status === 409 && current?.row?.status) {
      text = `${text} ${this.t("editing.nowStatus", { status: this.t(`workbench.status.${current.row.status}`) })}`;
    }
    this.notify({ kind: "error", text, rowId });
    // Show what is there now instead of what this page last saw.
    if (failure.status === 409 || failure.status === 404) {
      if (rowId !== undefined) await this.reloadItems([`r${rowId}`]);
      await this.reloadLayout();
    }
  }

  async reloadLayout(): Promise<void> {
    const layout = await callApi<{ key: string; items: string[] }>(`/api/documents/${this.documentId}/layout`);
    if (layout.ok) this.store.setLayout(layout.data);
  }

  async reloadItems(keys: readonly string[]): Promise<void> {
    for (let at = 0; at < keys.length; at += 200) {
      const page = keys.slice(at, at + 200);
      const result = await callApi<{ items: ItemView[] }>(`/api/documents/${this.documentId}/items?keys=${page.join(",")}`);
      if (!result.ok) return;
      this.store.setItems(result.data.items);
      const found = new Set(result.data.items.map((i) => i.key));
      this.store.forget(page.filter((k) => !found.has(k)));
    }
  }

  async refreshUndo(): Promise<void> {
    const state = await callApi<UndoState>(`/api/documents/${this.documentId}/undo`);
    if (state.ok) this.onUndoState(state.data);
  }

  decide(row: RowView, status: RowView["status"], comment?: string) {
    return this.edit(`/api/rows/${row.id}`, "PATCH", { status, version: row.version, ...(comment !== undefined ? { comment } : {}) }, row.id);
  }

  editText(row: RowView | null, paragraph: ParagraphView, text: string) {
    return this.edit(`/api/paragraphs/${paragraph.id}`, "PATCH", { text, version: paragraph.version }, row?.id);
  }

  setKind(row: RowView | null, paragraph: ParagraphView, kind: ParagraphView["kind"]) {
    return this.edit(`/api/paragraphs/${paragraph.id}`, "PATCH", { kind, version: paragraph.version }, row?.id);
  }

  splitParagraph(row: RowView | null, paragraph: ParagraphView, at: number) {
    return this.edit(`/api/paragraphs/${paragraph.id}/split`, "POST", { version: paragraph.version, at }, row?.id);
  }

  mergeParagraphNext(row: RowView | null, paragraph: ParagraphView, next: ParagraphView | null) {
    return this.edit(`/api/paragraphs/${paragraph.id}/merge-next`, "POST", { version: paragraph.version, ...(next ? { nextId: next.id, nextVersion: next.version } : {}) }, row?.id);
  }

  mergeRowBelow(row: RowView, next: RowView) {
    return this.edit(`/api/rows/${row.id}/merge-next`, "POST", { version: row.version, nextRowId: next.id, nextVersion: next.version }, row.id);
  }

  splitRow(row: RowView, paragraph: ParagraphView) {
    return this.edit(`/api/rows/${row.id}/split`, "POST", { version: row.version, paragraphId: paragraph.id }, row.id);
  }

  moveParagraph(row: RowView, paragraph: ParagraphView, direction: "up" | "down") {
    return this.edit(`/api/rows/${row.id}/move-paragraph`, "POST", { version: row.version, paragraphId: paragraph.id, direction }, row.id);
  }

  noCounterpart(row: RowView, paragraph: ParagraphView) {
    return this.edit(`/api/rows/${row.id}/no-counterpart`, "POST", { version: row.version, paragraphId: paragraph.id }, row.id);
  }

  insertRow(after: RowView | null) {
    return this.edit(`/api/documents/${this.documentId}/rows`, "POST", { afterRowId: after?.id ?? null });
  }

  undo() {
    return this.edit(`/api/documents/${this.documentId}/undo`, "POST", undefined);
  }

  redo() {
    return this.edit(`/api/documents/${this.documentId}/redo`, "POST", undefined);
  }

  async countAbove(minScore: number): Promise<number | null> {
    const result = await callApi<{ count: number }>(`/api/documents/${this.documentId}/confirm-above?minScore=${minScore}`);
    if (!result.ok) {
      this.notify({ kind: "error", text: result.message(this.t) });
      return null;
    }
    return result.data.count;
  }

  confirmAbove(minScore: number, expectedCount: number) {
    return this.edit(`/api/documents/${this.documentId}/confirm-above`, "POST", { minScore, expectedCount });
  }

  realign(): Promise<void> {
    return this.inTurn(async () => {
      const result = await callApi<{ kept: number; created: number; status: "ok" | "gave-up" }>(`/api/documents/${this.documentId}/realign`, { method: "POST" });
      if (!result.ok) return this.fail(result);
      const text = this.t("workbench.realigned", { count: result.data.kept, created: result.data.created });
      this.notify({ kind: "info", text: result.data.status === "gave-up" ? `${text} ${this.t("workbench.realignGaveUp")}` : text });
      await this.reloadLayout();
    });
  }
}
