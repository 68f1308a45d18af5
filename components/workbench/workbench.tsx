"use client";
// The workbench: a document's rows side by side, virtualized (only the rows in view are in the page; their texts
// are loaded in pages as they come into view), driven by the keyboard, kept current by polling for others' changes.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ItemView, ParagraphView, ProgressView, RowView } from "@/lib/server/document/views";
import { callApi } from "../call-api";
import { ProgressBar } from "../progress-bar";
import { WorkbenchActions, type Notice, type UndoState } from "./actions";
import { FocusBar } from "./focus-bar";
import { HistoryDialog, type HistoryTarget } from "./history-dialog";
import { paragraphsInOrder, RowItem, type RowCallbacks, type Viewer } from "./row-item";
import { commandFor, EDITOR_KEYS, SHORTCUTS, type Command } from "./shortcuts";
import { useWorkbench, WorkbenchStore } from "./store";
import { languageName } from "@/lib/i18n/language-name";

export interface WorkbenchProps {
  documentId: number;
  layout: { key: string; items: string[] };
  initialItems: ItemView[];
  progress: ProgressView;
  columns: string[];
  dirs: Record<string, "ltr" | "rtl">;
  viewer: Viewer;
  undo: UndoState;
  cursor: number;
  /** An item to open the page on (a search result's row). */
  initialItem?: string | null;
}

const PAGE = 100;
const POLL_MS = 4_000;

export function Workbench(props: WorkbenchProps) {
  const { documentId, columns, dirs, viewer } = props;
  const { t, i18n } = useTranslation();
  const [store] = useState(() => new WorkbenchStore(props.layout, props.initialItems, props.progress));
  const { keys, focus, progress } = useWorkbench(store);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undo, setUndo] = useState<UndoState>(props.undo);
  const [editing, setEditing] = useState<{ key: string; paragraphId: number } | null>(null);
  const [commenting, setCommenting] = useState<{ rowId: number; status: "confirmed" | "rejected" } | null>(null);
  const [history, setHistory] = useState<HistoryTarget | null>(null);
  const [queue, setQueue] = useState<Array<{ id: number; score: number }>>([]);
  // The first load of the queue, awaited by a key pressed before it arrives (a reviewer quicker than the network).
  const [queueReady, setQueueReady] = useState(false);
  const queueLoad = useRef<Promise<Array<{ id: number; score: number }>> | null>(null);
  // The walk through the queue: rows already visited (decided ones leave the queue), newest last.
  const [walk, setWalk] = useState<number[]>([]);
  const [showHelp, setShowHelp] = useState(false);
  // Terminology: the row whose flag panel is open, the rows with flags nobody accepted yet, and the filter.
  const [termsOpen, setTermsOpen] = useState<number | null>(null);
  const [flaggedRows, setFlaggedRows] = useState<ReadonlySet<number>>(new Set());
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const actions = useMemo(() => new WorkbenchActions(documentId, store, t, setNotice, setUndo), [documentId, store, t]);
  const scroller = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: keys.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 120,
    overscan: 6,
    getItemKey: (index) => keys[index]!,
  });
  const range = virtualizer.getVirtualItems();
  const first = range[0]?.index ?? 0;
  const last = range.at(-1)?.index ?? 0;

  // Texts of the items in view (and a page around them) that are not loaded yet.
  const inFlight = useRef(new Set<string>());
  useEffect(() => {
    const wanted = keys.slice(Math.max(0, first - PAGE / 4), last + PAGE / 2).filter((k) => !store.has(k) && !inFlight.current.has(k)).slice(0, PAGE * 2);
    if (wanted.length === 0) return;
    for (const k of wanted) inFlight.current.add(k);
    void actions.reloadItems(wanted).finally(() => wanted.forEach((k) => inFlight.current.delete(k)));
  }, [first, last, keys, store, actions]);

  const refreshQueue = useCallback(async () => {
    const result = await callApi<{ rows: Array<{ id: number; score: number }> }>(`/api/documents/${documentId}/queue`);
    if (!result.ok) return [];
    setQueue(result.data.rows);
    setQueueReady(true);
    return result.data.rows;
  }, [documentId]);
  useEffect(() => {
    const load = refreshQueue();
    queueLoad.current ??= load;
  }, [refreshQueue, progress]);

  const refreshFlags = useCallback(async () => {
    const result = await callApi<{ flags: Array<{ rowId: number; accepted?: unknown }> }>(`/api/documents/${documentId}/term-flags`);
    if (!result.ok) return null;
    const rows = new Set(result.data.flags.filter((f) => !f.accepted).map((f) => f.rowId));
    setFlaggedRows(rows);
    return rows;
  }, [documentId]);
  useEffect(() => {
    void refreshFlags();
  }, [refreshFlags, progress]);

  async function showFlaggedOnly(on: boolean) {
    setFlaggedOnly(on);
    // The filter keeps the rows it found: a row fixed meanwhile stays in view until the filter is set again.
    const rows = on ? await refreshFlags() : null;
    store.setOnly(rows ? new Set([...rows].map((id) => `r${id}`)) : null);
  }

  // Others' changes: the rows they touched are reloaded; when rows moved, the order too.
  const cursor = useRef(props.cursor);
  useEffect(() => {
    const timer = setInterval(async () => {
      if (document.hidden) return;
      const result = await callApi<{ cursor: number; rows: number[]; paragraphs: number[]; structural: boolean; progress: ProgressView }>(
        `/api/documents/${documentId}/changes?since=${cursor.current}`,
      );
      if (!result.ok || result.data.cursor === cursor.current) return;
      cursor.current = result.data.cursor;
      if (result.data.structural) await actions.reloadLayout();
      const paragraphRows = store.order.filter((k) => {
        const item = store.item(k);
        return item?.type === "row" && Object.values(item.row.cells).some((ps) => ps.some((p) => result.data.paragraphs.includes(p.id)));
      });
      const stale = [...result.data.rows.map((id) => `r${id}`), ...result.data.paragraphs.map((id) => `p${id}`), ...paragraphRows].filter((k) => store.has(k));
      await actions.reloadItems([...new Set(stale)]);
      store.setProgress(result.data.progress);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [documentId, actions, store]);

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !props.initialItem) return;
    opened.current = true;
    const index = keys.indexOf(props.initialItem);
    if (index >= 0) focusItem(index, 0, true);
  });

  const rowNumbers = useMemo(() => {
    let n = 0;
    return keys.map((k) => (k.startsWith("r") ? ++n : null));
  }, [keys]);

  const focusItem = useCallback(
    (index: number, paragraph = 0, scroll = false) => {
      const bounded = Math.max(0, Math.min(keys.length - 1, index));
      store.setFocus({ index: bounded, paragraph: Math.max(0, paragraph) }, scroll);
      // The queue follows the focus: a queue row reached any way counts as visited.
      const item = store.item(keys[bounded]!);
      if (item?.type === "row" && queue.some((q) => q.id === item.row.id)) setWalk((w) => (w.at(-1) === item.row.id ? w : [...w.filter((id) => id !== item.row.id), item.row.id]));
      if (scroll) virtualizer.scrollToIndex(bounded, { align: "auto" });
    },
    [keys, store, queue, virtualizer],
  );

  const rowAt = (index: number): RowView | null => {
    const item = store.item(keys[index] ?? "");
    return item?.type === "row" ? item.row : null;
  };
  const nextLiveRow = async (index: number): Promise<RowView | null> => {
    for (let k = index + 1; k < keys.length; k++) {
      if (!keys[k]!.startsWith("r")) continue;
      if (!store.has(keys[k]!)) await actions.reloadItems([keys[k]!]);
      const row = rowAt(k);
      if (row && !row.replaced) return row;
    }
    return null;
  };
  // The next paragraph of the same text, if the page has it loaded (else the server takes the next one).
  const nextParagraphOf = (paragraph: ParagraphView): ParagraphView | null => {
    let best: ParagraphView | null = null;
    for (const key of keys) {
      const item = store.item(key);
      const candidates = item?.type === "row" ? (item.row.cells[paragraph.lang] ?? []) : item?.type === "loose" && item.lang === paragraph.lang ? [item.paragraph] : [];
      for (const p of candidates) if (p.position > paragraph.position && (!best || p.position < best.position)) best = p;
    }
    return best;
  };

  const callbacks: RowCallbacks = useMemo(
    () => ({
      focusItem: (index, paragraph) => focusItem(index, paragraph),
      startEdit: (paragraphId) => {
        setEditing(paragraphId === null ? null : { key: keys[store.getSnapshot().focus.index] ?? "", paragraphId });
        // Back from the editor, the keyboard carries on from the row.
        if (paragraphId === null) store.setFocus(store.getSnapshot().focus, true);
      },
      openHistory: (target) => setHistory("paragraph" in target ? { paragraph: target.paragraph, dir: dirs[target.paragraph.lang] ?? "ltr" } : target),
      toggleTerms: (rowId) => setTermsOpen((open) => (open === rowId ? null : rowId)),
      startComment: (rowId, status) => {
        setCommenting(status ? { rowId, status } : null);
        if (!status) store.setFocus(store.getSnapshot().focus, true);
      },
      mergeBelow: async (index) => {
        const row = rowAt(index);
        const next = await nextLiveRow(index);
        if (!row) return;
        if (!next) setNotice({ kind: "error", text: t("editing.noRowBelow") });
        else await actions.mergeRowBelow(row, next);
      },
      mergeParagraphNext: (index, paragraph) => void actions.mergeParagraphNext(rowAt(index), paragraph, nextParagraphOf(paragraph)),
    }),
    // rowAt and nextLiveRow read the store when called, not when this is built.
    [focusItem, keys, store, actions, dirs, t],
  );

  /** n: the least certain undecided row not visited yet; N: back along the walk. */
  async function goQueue(step: 1 | -1) {
    let target: number | undefined;
    if (step === 1) {
      const visited = new Set(walk);
      const rows = queueReady ? queue : ((await queueLoad.current) ?? []);
      target = rows.find((q) => !visited.has(q.id))?.id;
      if (target === undefined) return setNotice({ kind: "info", text: t("review.queueEmpty") });
    } else {
      target = walk.at(-2);
      if (target === undefined) return;
      setWalk((w) => w.slice(0, -1));
    }
    const index = keys.indexOf(`r${target}`);
    if (index >= 0) focusItem(index, 0, true);
  }

  async function run(command: Command) {
    const index = focus.index;
    const item = store.item(keys[index] ?? "");
    const row = item?.type === "row" && !item.row.replaced ? item.row : null;
    const paragraphs = row ? paragraphsInOrder(row, columns) : item?.type === "loose" ? [item.paragraph] : [];
    const paragraph = paragraphs[Math.min(focus.paragraph, paragraphs.length - 1)] ?? null;
    const needRow = () => {
      if (!row) setNotice({ kind: "info", text: t("editing.chooseRow") });
      return row;
    };
    const needParagraph = () => {
      if (!paragraph || !row) setNotice({ kind: "info", text: t("editing.chooseParagraph") });
      return row && paragraph ? { row, paragraph } : null;
    };
    const decide = async (status: "confirmed" | "rejected" | "auto") => {
      const target = needRow();
      if (!target) return;
      const inQueue = queue.some((q) => q.id === target.id);
      if ((await actions.decide(target, status)) && inQueue && status !== "auto") await goQueue(1);
    };
    switch (command) {
      case "nextRow": return focusItem(index + 1, 0, true);
      case "previousRow": return focusItem(index - 1, 0, true);
      case "nextParagraph": return focusItem(index, Math.min(paragraphs.length - 1, focus.paragraph + 1));
      case "previousParagraph": return focusItem(index, focus.paragraph - 1);
      case "nextInQueue": return goQueue(1);
      case "previousInQueue": return goQueue(-1);
      case "confirm": return decide("confirmed");
      case "reject": return decide("rejected");
      case "resetDecision": return decide("auto");
      case "confirmWithComment":
      case "rejectWithComment": {
        const target = needRow();
        if (target) setCommenting({ rowId: target.id, status: command === "confirmWithComment" ? "confirmed" : "rejected" });
        return;
      }
      case "edit": {
        if (paragraph) setEditing({ key: keys[index]!, paragraphId: paragraph.id });
        return;
      }
      case "mergeRowBelow": return callbacks.mergeBelow(index);
      case "splitRow": { const at = needParagraph(); if (at) await actions.splitRow(at.row, at.paragraph); return; }
      case "moveUp": { const at = needParagraph(); if (at) await actions.moveParagraph(at.row, at.paragraph, "up"); return; }
      case "moveDown": { const at = needParagraph(); if (at) await actions.moveParagraph(at.row, at.paragraph, "down"); return; }
      case "noCounterpart": { const at = needParagraph(); if (at) await actions.noCounterpart(at.row, at.paragraph); return; }
      case "insertRow": return void actions.insertRow(row);
      case "mergeParagraphNext": { if (paragraph) await actions.mergeParagraphNext(row, paragraph, nextParagraphOf(paragraph)); return; }
      case "markClutter": { if (paragraph) await actions.setKind(row, paragraph, paragraph.kind === "boilerplate" ? "body" : "boilerplate"); return; }
      case "undo": return void actions.undo();
      case "redo": return void actions.redo();
      case "paragraphHistory": { if (paragraph) callbacks.openHistory({ paragraph }); return; }
      case "rowHistory": { if (row) callbacks.openHistory({ row }); return; }
      case "help": return setShowHelp((v) => !v);
      case "nextTermFlag":
      case "previousTermFlag": {
        const step = command === "nextTermFlag" ? 1 : -1;
        for (let k = index + step; k >= 0 && k < keys.length; k += step) {
          if (flaggedRows.has(Number(keys[k]!.slice(1))) && keys[k]!.startsWith("r")) return focusItem(k, 0, true);
        }
        return setNotice({ kind: "info", text: t("termFlags.noMoreFlags") });
      }
      case "termPanel": {
        if (row) setTermsOpen((open) => (open === row.id ? null : row.id));
        return;
      }
    }
  }

  function onKeyDown(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable=true], dialog")) return false;
    const command = commandFor(event);
    if (!command) return false;
    if (!viewer.canEdit && !["nextRow", "previousRow", "nextParagraph", "previousParagraph", "nextInQueue", "previousInQueue", "paragraphHistory", "rowHistory", "help", "confirm", "reject", "resetDecision", "confirmWithComment", "rejectWithComment", "nextTermFlag", "previousTermFlag", "termPanel"].includes(command)) return false;
    event.preventDefault();
    void run(command);
    return true;
  }
  // A row that an edit re-rendered may take the keyboard focus with it (to the page's body): keys pressed then
  // still reach the workbench, and the focused row takes the focus back.
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const fromBody = (event: KeyboardEvent) => {
      if (event.target !== document.body || !keyHandler.current(event)) return;
      const key = store.getSnapshot().keys[store.getSnapshot().focus.index];
      if (key) scroller.current?.querySelector<HTMLElement>(`[data-key="${key}"]`)?.focus({ preventScroll: true });
    };
    document.addEventListener("keydown", fromBody);
    return () => document.removeEventListener("keydown", fromBody);
  }, [store]);

  const number = new Intl.NumberFormat(i18n.language);
  const visitedInQueue = walk.filter((id) => queue.some((q) => q.id === id)).length;

  return (
    <section className="workbench" aria-label={t("workbench.title")}>
      <div className="wb-toolbar">
        <ProgressBar confirmed={progress.confirmed} total={progress.rows} label={t("review.progress", { confirmed: number.format(progress.confirmed), total: number.format(progress.rows) })} />
        <span className="muted" data-testid="row-summary">
          {t("workbench.summary", { rows: number.format(progress.rows), confirmed: number.format(progress.confirmed), rejected: number.format(progress.rejected), doubtful: number.format(progress.doubtful) })}
        </span>
        <div className="toolbar">
          <button type="button" className="button small" onClick={() => void goQueue(1)} aria-keyshortcuts="n">
            {t("review.nextInQueue")}
          </button>
          <button type="button" className="button small" onClick={() => void goQueue(-1)} aria-keyshortcuts="Shift+N" disabled={walk.length < 2}>
            {t("review.previousInQueue")}
          </button>
          <span className="hint" data-testid="queue-position">
            {t("review.queueLeft", { count: queue.length, formatted: number.format(queue.length), visited: number.format(visitedInQueue) })}
          </span>
          {viewer.canEdit && (
            <>
              <button type="button" className="button small" onClick={() => void actions.undo()} disabled={!undo.undo} aria-keyshortcuts="Control+Z">
                {undo.undo ? t("editing.undoAction", { action: t(`history.actions.${undo.undo}`, { defaultValue: undo.undo }) }) : t("editing.undo")}
              </button>
              <button type="button" className="button small" onClick={() => void actions.redo()} disabled={!undo.redo} aria-keyshortcuts="Control+Shift+Z">
                {undo.redo ? t("editing.redoAction", { action: t(`history.actions.${undo.redo}`, { defaultValue: undo.redo }) }) : t("editing.redo")}
              </button>
              <button type="button" className="button small" onClick={() => void actions.realign()}>
                {t("workbench.realign")}
              </button>
            </>
          )}
          {viewer.canDecide && <ConfirmAbove actions={actions} />}
          <label className="inline term-filter">
            <input type="checkbox" checked={flaggedOnly} onChange={(e) => void showFlaggedOnly(e.target.checked)} />
            {t("termFlags.filter", { count: flaggedRows.size, formatted: number.format(flaggedRows.size) })}
          </label>
          <button type="button" className="button small" onClick={() => setShowHelp((v) => !v)} aria-expanded={showHelp} aria-keyshortcuts="?">
            {t("shortcuts.title")}
          </button>
        </div>
      </div>
      <FocusBar store={store} columns={columns} viewer={viewer} run={(command) => void run(command)} />
      <div aria-live="polite" className="wb-notice" data-testid="workbench-notice">
        {notice && (
          <p className={`alert ${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"}>
            {notice.text}{" "}
            <button type="button" className="button tiny" onClick={() => setNotice(null)}>
              {t("history.close")}
            </button>
          </p>
        )}
      </div>
      {showHelp && <ShortcutList />}
      <div className="wb-grid" role="table" aria-label={t("workbench.title")} style={{ ["--columns" as string]: columns.length }}>
        <div className="wb-row wb-head" role="row">
          <div role="columnheader" className="wb-meta">
            {t("workbench.title")}
          </div>
          {columns.map((lang) => (
            <div key={lang} role="columnheader" data-lang={lang}>
              {languageName(t, lang)} <span className="lang-badge">{lang}</span>
            </div>
          ))}
        </div>
        <div ref={scroller} className="wb-scroll" onKeyDown={(e) => onKeyDown(e.nativeEvent)} data-testid="workbench-scroll">
          <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
            {range.map((v) => (
              <div key={v.key} data-index={v.index} ref={virtualizer.measureElement} className="wb-slot" style={{ transform: `translateY(${v.start}px)` }}>
                <RowItem
                  store={store}
                  itemKey={keys[v.index]!}
                  index={v.index}
                  rowNumber={rowNumbers[v.index] ?? null}
                  columns={columns}
                  dirs={dirs}
                  actions={actions}
                  callbacks={callbacks}
                  viewer={viewer}
                  isFocused={focus.index === v.index}
                  focusedParagraph={focus.index === v.index ? focus.paragraph : 0}
                  editingId={editing?.key === keys[v.index] ? editing.paragraphId : null}
                  commenting={commenting && keys[v.index] === `r${commenting.rowId}` ? commenting.status : null}
                  termsOpen={termsOpen !== null && keys[v.index] === `r${termsOpen}`}
                />
              </div>
            ))}
          </div>
        </div>
      </div>
      {keys.length === 0 && <p className="muted">{t("workbench.noRows")}</p>}
      {history && (
        <HistoryDialog
          target={history}
          canEdit={viewer.canEdit}
          onClose={() => setHistory(null)}
          onRestore={async (paragraph, revision) => {
            const result = await callApi<Parameters<WorkbenchActions["apply"]>[0]>(`/api/paragraphs/${paragraph.id}/revisions/${revision}/restore`, {
              method: "POST",
              body: { version: paragraph.version },
            });
            if (!result.ok) {
              setNotice({ kind: "error", text: result.message(t) });
              return false;
            }
            await actions.apply(result.data);
            setHistory(null);
            return true;
          }}
        />
      )}
    </section>
  );
}

function ConfirmAbove({ actions }: { actions: WorkbenchActions }) {
  const { t, i18n } = useTranslation();
  const [minScore, setMinScore] = useState(0.95);
  const [count, setCount] = useState<number | null>(null);
  return (
    <span className="confirm-above">
      <label className="inline">
        {t("review.confirmAboveLabel")}
        <input
          type="number"
          min={0}
          max={1}
          step={0.01}
          value={minScore}
          onChange={(e) => {
            setMinScore(Number(e.target.value));
            setCount(null);
          }}
        />
      </label>
      {count === null ? (
        <button type="button" className="button small" onClick={async () => setCount(await actions.countAbove(minScore))}>
          {t("review.countAbove")}
        </button>
      ) : (
        <button
          type="button"
          className="button small primary"
          disabled={count === 0}
          onClick={async () => {
            await actions.confirmAbove(minScore, count);
            setCount(null);
          }}
        >
          {t("review.confirmCount", { count, formatted: new Intl.NumberFormat(i18n.language).format(count) })}
        </button>
      )}
    </span>
  );
}

function ShortcutList() {
  const { t } = useTranslation();
  return (
    <section className="panel shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.command}>
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd>{t(`shortcuts.${s.command}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>{EDITOR_KEYS.save}</kbd> <kbd>{EDITOR_KEYS.split}</kbd> <kbd>{EDITOR_KEYS.cancel}</kbd>
          </dt>
          <dd>{t("shortcuts.editor")}</dd>
        </div>
      </dl>
    </section>
  );
}
