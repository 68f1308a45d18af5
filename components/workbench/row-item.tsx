"use client";
// One line of the workbench: a row (its decision, score and paragraphs per language) or a paragraph in no row.
// It reads its own item from the store, so an action re-renders only the rows it changed.
import { memo, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DOUBTFUL_BELOW, type ItemView, type ParagraphView, type RowView, type TermMarkView } from "@/lib/server/document/views";
import type { WorkbenchActions } from "./actions";
import { ParagraphEditor } from "./paragraph-editor";
import { useItem, type WorkbenchStore } from "./store";
import { TermFlagPanel, TermFlagToggle } from "./term-flags";
import { TermText } from "./term-text";
import { quranicClass } from "../quranic-class";

export interface Viewer {
  canEdit: boolean;
  canDecide: boolean;
}

export interface RowCallbacks {
  focusItem(index: number, paragraph?: number): void;
  startEdit(paragraphId: number | null): void;
  openHistory(target: { paragraph: ParagraphView } | { row: RowView }): void;
  startComment(rowId: number, status: "confirmed" | "rejected" | null): void;
  toggleTerms(rowId: number): void;
  mergeBelow(index: number): void;
  mergeParagraphNext(index: number, paragraph: ParagraphView): void;
}

interface Props {
  store: WorkbenchStore;
  itemKey: string;
  index: number;
  rowNumber: number | null;
  columns: readonly string[];
  dirs: Readonly<Record<string, "ltr" | "rtl">>;
  actions: WorkbenchActions;
  callbacks: RowCallbacks;
  viewer: Viewer;
  isFocused: boolean;
  focusedParagraph: number;
  editingId: number | null;
  commenting: "confirmed" | "rejected" | null;
  /** The row's terminology panel (flags, suggestion) is open. */
  termsOpen: boolean;
}

/**
 * The row element takes the keyboard focus when it becomes (or is rendered as) the focused row and that was asked.
 * An element removed from the page takes the focus with it (to the body): when that happens to the row holding it
 * (the virtual list drops it while its scroll settles, its slot is rebuilt), the row's next element takes it back.
 */
function useDomFocus(store: WorkbenchStore, itemKey: string, isFocused: boolean, editing: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isFocused || editing) return;
    const wanted = store.takeDomFocus(itemKey);
    const free = document.activeElement === null || document.activeElement === document.body;
    if (wanted === "move" || (wanted === "restore" && free)) ref.current?.focus({ preventScroll: true });
  });
  // A layout effect's cleanup runs before React removes the element, while it still holds the focus.
  useLayoutEffect(() => {
    const element = ref.current;
    return () => {
      if (element && element === document.activeElement) store.restoreDomFocus();
    };
  }, [store]);
  return ref;
}

export const RowItem = memo(function RowItem(props: Props) {
  const item = useItem(props.store, props.itemKey);
  const { t } = useTranslation();
  if (!item) {
    return (
      <div className="wb-row placeholder" data-key={props.itemKey} aria-busy="true">
        <div className="wb-meta">{t("workbench.loadingRow")}</div>
      </div>
    );
  }
  return item.type === "row" ? <Row {...props} row={item.row} /> : <Loose {...props} item={item} />;
});

/** The row's paragraphs in column order: what h / l walk through. */
export function paragraphsInOrder(row: RowView, columns: readonly string[]): ParagraphView[] {
  return columns.flatMap((lang) => row.cells[lang] ?? []);
}

function Row({ store, itemKey, row, index, rowNumber, columns, dirs, actions, callbacks, viewer, isFocused, focusedParagraph, editingId, commenting, termsOpen }: Props & { row: RowView }) {
  const { t, i18n } = useTranslation();
  const ref = useDomFocus(store, itemKey, isFocused, editingId !== null || commenting !== null);
  const ui = { lang: i18n.language, dir: i18n.dir(i18n.language) } as const;
  const number = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const doubtful = row.status === "auto" && row.score < DOUBTFUL_BELOW;
  const ordered = paragraphsInOrder(row, columns);
  const focusedId = isFocused ? ordered[Math.min(focusedParagraph, ordered.length - 1)]?.id : undefined;
  const flagged = row.terms?.flags.some((f) => !f.accepted) ?? false;
  const className = ["wb-row", row.status, doubtful ? "doubtful" : "", row.replaced ? "replaced" : "", isFocused ? "focused" : "", flagged ? "term-flagged" : ""].filter(Boolean).join(" ");

  return (
    <div
      ref={ref}
      className={className}
      role="row"
      data-key={`r${row.id}`}
      data-row-id={row.id}
      data-status={row.status}
      data-term-flags={row.terms?.flags.filter((f) => !f.accepted).length ?? 0}
      tabIndex={isFocused ? 0 : -1}
      aria-current={isFocused ? "true" : undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) callbacks.focusItem(index);
      }}
      onClick={() => !isFocused && callbacks.focusItem(index)}
    >
      <div className="wb-meta" role="cell" {...ui}>
        <div className="row-meta">
          <span className="row-number">{t("workbench.row", { n: rowNumber ?? "" })}</span>
          <span className={`status ${row.status}`}>{t(`workbench.status.${row.status}`)}</span>
          {row.replaced ? (
            <span className="hint">{t("workbench.replaced")}</span>
          ) : (
            <span className={doubtful ? "score doubtful" : "score"} title={t("workbench.scoreHint")}>
              {t("workbench.score", { score: number.format(row.score) })}
            </span>
          )}
          {row.decidedBy && row.status !== "auto" && (
            <span className="hint">
              {t("workbench.decidedBy", { name: row.decidedBy, date: row.decidedAt ? new Date(row.decidedAt).toLocaleString(i18n.language) : "" })}
            </span>
          )}
          {row.comment && (
            <span className="comment" dir="auto">
              {row.comment}
            </span>
          )}
        </div>
        {!row.replaced && (
          <TermFlagToggle row={row} open={termsOpen} onToggle={() => callbacks.toggleTerms(row.id)} />
        )}
        {commenting && <CommentForm status={commenting} initial={row.comment} onDone={(comment) => {
          callbacks.startComment(row.id, null);
          if (comment !== null) void actions.decide(row, commenting, comment);
        }} />}
      </div>
      {columns.map((lang) => {
        const paragraphs = row.cells[lang] ?? [];
        return (
          <div key={lang} role="cell" className={paragraphs.length === 0 ? "wb-cell empty" : "wb-cell"} lang={lang} dir={dirs[lang]} data-lang={lang}>
            {paragraphs.length === 0 ? (
              <span {...ui}>{t("workbench.emptyCell")}</span>
            ) : (
              paragraphs.map((p) =>
                editingId === p.id ? (
                  <ParagraphEditor
                    key={p.id}
                    paragraph={p}
                    dir={dirs[lang] ?? "ltr"}
                    onSave={(text) => actions.editText(row, p, text)}
                    onSplit={(at) => actions.splitParagraph(row, p, at)}
                    onCancel={() => callbacks.startEdit(null)}
                  />
                ) : (
                  <Paragraph
                    key={p.id}
                    paragraph={p}
                    marks={row.replaced ? undefined : row.terms?.marks[p.id]}
                    rowFocused={isFocused}
                    isFocused={p.id === focusedId}
                    replaced={row.replaced}
                    onSelect={() => callbacks.focusItem(index, ordered.findIndex((o) => o.id === p.id))}
                  />
                ),
              )
            )}
          </div>
        );
      })}
      {termsOpen && !row.replaced && <TermFlagPanel row={row} canEdit={viewer.canEdit} canDecide={viewer.canDecide} dirs={dirs} actions={actions} />}
    </div>
  );
}

function Paragraph({ paragraph, marks, rowFocused, isFocused, replaced, onSelect }: { paragraph: ParagraphView; marks: TermMarkView[] | undefined; rowFocused: boolean; isFocused: boolean; replaced: boolean; onSelect(): void }) {
  const classes = quranicClass([paragraph.text], ["wb-paragraph", paragraph.kind === "heading" ? "heading-paragraph" : "", isFocused ? "focused" : ""].filter(Boolean).join(" "));
  return (
    <div className={classes} data-paragraph-id={paragraph.id} onClick={(e) => {
      e.stopPropagation();
      onSelect();
    }}>
      <p>{replaced ? <del>{paragraph.text}</del> : <TermText text={paragraph.text} marks={marks} focusable={rowFocused} />}</p>
    </div>
  );
}

function CommentForm({ status, initial, onDone }: { status: "confirmed" | "rejected"; initial: string; onDone(comment: string | null): void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState(initial);
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(comment.trim());
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Escape") onDone(null);
      }}
    >
      <label>
        {t(status === "confirmed" ? "review.confirmWithComment" : "review.rejectWithComment")}
        <input type="text" dir="auto" value={comment} maxLength={2000} autoFocus onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit" className="button small primary">
        {t(status === "confirmed" ? "workbench.confirm" : "workbench.reject")}
      </button>
    </form>
  );
}

function Loose({ store, itemKey, item, index, columns, dirs, actions, viewer, isFocused, callbacks }: Props & { item: Extract<ItemView, { type: "loose" }> }) {
  const { t, i18n } = useTranslation();
  const ref = useDomFocus(store, itemKey, isFocused, false);
  const isClutter = item.paragraph.kind === "boilerplate";
  return (
    <div
      ref={ref}
      className={["wb-row", "loose", isFocused ? "focused" : ""].filter(Boolean).join(" ")}
      role="row"
      data-key={item.key}
      data-paragraph-kind={item.paragraph.kind}
      tabIndex={isFocused ? 0 : -1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) callbacks.focusItem(index);
      }}
      onClick={() => !isFocused && callbacks.focusItem(index)}
    >
      <div className="wb-meta" role="cell" lang={i18n.language} dir={i18n.dir(i18n.language)}>
        <span className="row-meta clutter">{isClutter ? t("workbench.boilerplate") : t("workbench.unaligned")}</span>
      </div>
      {columns.map((lang) => (
        <div key={lang} role="cell" className={lang === item.lang && isClutter ? "wb-cell clutter" : "wb-cell"} lang={lang} dir={dirs[lang]} data-lang={lang}>
          {lang === item.lang && (
            <>
              <p data-paragraph-id={item.paragraph.id} className={quranicClass([item.paragraph.text])}>
                {item.paragraph.text}
              </p>
              {viewer.canEdit && (
                <div className="clutter-note" lang={i18n.language} dir={i18n.dir(i18n.language)}>
                  {isClutter ? (
                    <button type="button" className="button small" onClick={() => void actions.setKind(null, item.paragraph, "body")}>
                      {t("workbench.restore")}
                    </button>
                  ) : (
                    <button type="button" className="button small" onClick={() => void actions.setKind(null, item.paragraph, "boilerplate")}>
                      {t("workbench.markBoilerplate")}
                    </button>
                  )}
                </div>
              )}
            </>
          )}
        </div>
      ))}
    </div>
  );
}
