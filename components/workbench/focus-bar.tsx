"use client";
// The actions for the focused row and paragraph, in one bar above the rows: the rows stay compact and never change
// height when focused (a virtualized list re-measures a row that grows, and the page would jump under the pointer).
import { useTranslation } from "react-i18next";
import type { ParagraphView, RowView } from "@/lib/server/document/views";
import { paragraphsInOrder, type Viewer } from "./row-item";
import type { Command } from "./shortcuts";
import { useItem, useWorkbench, type WorkbenchStore } from "./store";

interface Props {
  store: WorkbenchStore;
  columns: readonly string[];
  viewer: Viewer;
  run(command: Command): void;
}

export function FocusBar({ store, columns, viewer, run }: Props) {
  const { t } = useTranslation();
  const { keys, focus } = useWorkbench(store);
  const item = useItem(store, keys[focus.index] ?? "");
  const row: RowView | null = item?.type === "row" && !item.row.replaced ? item.row : null;
  const paragraphs: ParagraphView[] = row ? paragraphsInOrder(row, columns) : item?.type === "loose" ? [item.paragraph] : [];
  const paragraph = paragraphs[Math.min(focus.paragraph, paragraphs.length - 1)] ?? null;

  const button = (command: Command, label: string, keys: string, enabled = true) => (
    <button type="button" className="button small" disabled={!enabled} onClick={() => run(command)} aria-keyshortcuts={keys} title={`${label} (${keys})`}>
      {label}
    </button>
  );

  if (!row && !paragraph) return <div className="focus-bar muted">{t("focusBar.nothing")}</div>;
  return (
    <div className="focus-bar" role="toolbar" aria-label={t("focusBar.label")} data-testid="focus-bar">
      {row && (
        <span className="toolbar" role="group" aria-label={t("focusBar.row")}>
          <span className="hint">{t("focusBar.row")}</span>
          {viewer.canDecide && button("confirm", t("workbench.confirm"), "c", row.status !== "confirmed")}
          {viewer.canDecide && button("reject", t("workbench.reject"), "x", row.status !== "rejected")}
          {viewer.canDecide && button("resetDecision", t("workbench.reset"), "a", row.status !== "auto")}
          {viewer.canEdit && button("mergeRowBelow", t("editing.mergeRowBelow"), "m")}
          {viewer.canEdit && button("insertRow", t("editing.insertRow"), "i")}
          {button("rowHistory", t("history.rowHistory"), "Shift+V")}
        </span>
      )}
      {paragraph && (
        <span className="toolbar" role="group" aria-label={t("focusBar.paragraph")}>
          <span className="hint">{t("focusBar.paragraph")}</span>
          {viewer.canEdit && button("edit", t("editing.edit"), "e")}
          {viewer.canEdit && row && button("splitRow", t("editing.splitRow"), "s")}
          {viewer.canEdit && row && button("moveUp", t("editing.moveUp"), "Alt+ArrowUp")}
          {viewer.canEdit && row && button("moveDown", t("editing.moveDown"), "Alt+ArrowDown")}
          {viewer.canEdit && row && button("noCounterpart", t("editing.noCounterpart"), "o")}
          {viewer.canEdit && button("mergeParagraphNext", t("editing.mergeParagraphNext"), "Shift+M")}
          {viewer.canEdit && button("markClutter", paragraph.kind === "boilerplate" ? t("workbench.restore") : t("workbench.markBoilerplate"), "b")}
          {button("paragraphHistory", t("history.paragraphHistory"), "v")}
        </span>
      )}
    </div>
  );
}
