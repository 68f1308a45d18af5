"use client";
// A paragraph's revisions (author, time), any two compared word by word, any one restorable as a new revision;
// or a row's changes. Opened from a paragraph (v) or a row (V).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { WordDiffPart } from "@/lib/core/text/word-diff";
import type { ParagraphView, RowView } from "@/lib/server/document/views";
import type { HistoryEntry } from "@/lib/server/review/row-history";
import type { RevisionView } from "@/lib/server/review/paragraph-revisions";
import { callApi } from "../call-api";
import { quranicClass } from "../quranic-class";

export type HistoryTarget = { paragraph: ParagraphView; dir: "ltr" | "rtl" } | { row: RowView };

interface Props {
  target: HistoryTarget;
  canEdit: boolean;
  onRestore(paragraph: ParagraphView, revision: number): Promise<boolean>;
  onClose(): void;
}

export function HistoryDialog({ target, canEdit, onRestore, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="history-dialog" onClose={onClose} onKeyDown={(e) => e.stopPropagation()} aria-labelledby="history-title">
      <div className="dialog-head">
        <h2 id="history-title">{"paragraph" in target ? t("history.paragraphTitle") : t("history.rowTitle")}</h2>
        <button type="button" className="button small" onClick={() => dialog.current?.close()}>
          {t("history.close")}
        </button>
      </div>
      {"paragraph" in target ? (
        <ParagraphHistory paragraph={target.paragraph} dir={target.dir} canEdit={canEdit} onRestore={onRestore} />
      ) : (
        <RowHistory row={target.row} />
      )}
    </dialog>
  );
}

function ParagraphHistory({ paragraph, dir, canEdit, onRestore }: { paragraph: ParagraphView; dir: "ltr" | "rtl"; canEdit: boolean; onRestore: Props["onRestore"] }) {
  const { t, i18n } = useTranslation();
  const [revisions, setRevisions] = useState<RevisionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [diff, setDiff] = useState<WordDiffPart[] | null>(null);

  useEffect(() => {
    void callApi<{ revisions: RevisionView[] }>(`/api/paragraphs/${paragraph.id}/revisions`).then((result) => {
      if (!result.ok) return setError(result.message(t));
      setRevisions(result.data.revisions);
      const [newest, previous] = result.data.revisions;
      if (newest && previous) setPair([previous.version, newest.version]);
    });
  }, [paragraph.id, t]);

  useEffect(() => {
    if (!pair) return;
    void callApi<{ changes: WordDiffPart[] }>(`/api/paragraphs/${paragraph.id}/diff?from=${pair[0]}&to=${pair[1]}`).then((result) => {
      if (result.ok) setDiff(result.data.changes);
      else setError(result.message(t));
    });
  }, [pair, paragraph.id, t]);

  if (error) return <p className="alert error">{error}</p>;
  if (!revisions) return <p className="muted">{t("history.loading")}</p>;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="history">
      <div className="table-scroll">
        <table className="revisions">
          <thead>
            <tr>
              <th scope="col">{t("history.version")}</th>
              <th scope="col">{t("history.author")}</th>
              <th scope="col">{t("history.when")}</th>
              <th scope="col">{t("history.compareFrom")}</th>
              <th scope="col">{t("history.compareTo")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.version}>
                <td>{new Intl.NumberFormat(i18n.language).format(r.version)}</td>
                <td>{r.by ?? t("history.imported")}</td>
                <td>
                  <time dateTime={r.at}>{date.format(new Date(r.at))}</time>
                </td>
                <td>
                  <input type="radio" name="from" aria-label={t("history.compareFrom")} checked={pair?.[0] === r.version} onChange={() => setPair([r.version, pair?.[1] ?? r.version])} />
                </td>
                <td>
                  <input type="radio" name="to" aria-label={t("history.compareTo")} checked={pair?.[1] === r.version} onChange={() => setPair([pair?.[0] ?? r.version, r.version])} />
                </td>
                <td>
                  {canEdit && r.version !== paragraph.version && (
                    <button type="button" className="button small" onClick={() => void onRestore(paragraph, r.version)}>
                      {t("history.restore")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {diff && (
        <p className={quranicClass(diff.map((part) => part.value), "diff")} lang={paragraph.lang} dir={dir} data-testid="revision-diff">
          {diff.map((part, i) =>
            part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
          )}
        </p>
      )}
    </div>
  );
}

function RowHistory({ row }: { row: RowView }) {
  const { t, i18n } = useTranslation();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void callApi<{ entries: HistoryEntry[] }>(`/api/rows/${row.id}/history`).then((result) => (result.ok ? setEntries(result.data.entries) : setError(result.message(t))));
  }, [row.id, t]);
  if (error) return <p className="alert error">{error}</p>;
  if (!entries) return <p className="muted">{t("history.loading")}</p>;
  if (entries.length === 0) return <p className="muted">{t("history.noChanges")}</p>;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="row-history">
      {entries.map((e, i) => (
        <li key={i}>
          <time dateTime={e.at}>{date.format(new Date(e.at))}</time> · {e.by ?? t("history.system")} · {t(`history.actions.${e.action}`, { defaultValue: e.action })}
          {typeof e.details.comment === "string" && e.details.comment && (
            <span className="comment" dir="auto">
              {" "}
              — {e.details.comment}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
