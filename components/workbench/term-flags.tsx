"use client";
// A row's terminology flags: what the English did with each source term, the English with the preferred renderings
// as a word diff (applied in one click, as a new revision), and a reviewer's "accept as intended" with a reason.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { diffWordParts } from "@/lib/core/text/word-diff";
import type { ParagraphView, RowView, TermFlagView } from "@/lib/server/document/views";
import { callApi } from "../call-api";
import { quranicClass } from "../quranic-class";
import type { WorkbenchActions } from "./actions";

export interface TermSuggestionView {
  rowId: number;
  paragraphId: number;
  version: number;
  before: string;
  after: string;
}

interface Props {
  row: RowView;
  open: boolean;
  canEdit: boolean;
  canDecide: boolean;
  dirs: Readonly<Record<string, "ltr" | "rtl">>;
  actions: WorkbenchActions;
  onToggle(): void;
}

/** In the row's meta cell: how many flags the row has; opens the panel below the row. */
export function TermFlagToggle({ row, open, onToggle }: { row: RowView; open: boolean; onToggle(): void }) {
  const { t, i18n } = useTranslation();
  const flags = row.terms?.flags ?? [];
  if (flags.length === 0) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const pending = flags.filter((f) => !f.accepted).length;
  return (
    <div className="term-flags" data-testid="term-flags">
      <button type="button" className={pending > 0 ? "term-flag-toggle pending" : "term-flag-toggle"} aria-expanded={open} aria-keyshortcuts="t" onClick={onToggle}>
        {pending > 0 ? t("termFlags.flagCount", { count: pending, formatted: number.format(pending) }) : t("termFlags.flagsAccepted", { count: flags.length, formatted: number.format(flags.length) })}
      </button>
    </div>
  );
}

/** Below the row, across its columns: each flag, and the English with the preferred renderings. */
export function TermFlagPanel({ row, canEdit, canDecide, dirs, actions }: Omit<Props, "open" | "onToggle">) {
  const { i18n } = useTranslation();
  const flags = row.terms?.flags ?? [];
  if (flags.length === 0) return null;
  return (
    <div className="term-flag-panel" lang={i18n.language} dir={i18n.dir(i18n.language)}>
      <ul>
        {flags.map((flag) => (
          <FlagLine key={`${flag.conceptId}:${flag.kind}:${flag.lang}`} row={row} flag={flag} dirs={dirs} canDecide={canDecide} actions={actions} />
        ))}
      </ul>
      {canEdit && flags.some((f) => !f.accepted && f.kind !== "missing") && <Suggestion row={row} dirs={dirs} actions={actions} />}
    </div>
  );
}

function FlagLine({ row, flag, dirs, canDecide, actions }: { row: RowView; flag: TermFlagView; dirs: Props["dirs"]; canDecide: boolean; actions: WorkbenchActions }) {
  const { t, i18n } = useTranslation();
  const [accepting, setAccepting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const term = (text: string | null, lang: string) =>
    text === null ? t("termFlags.nothing") : (
      <bdi lang={lang} dir={dirs[lang] ?? "auto"}>
        {text}
      </bdi>
    );
  return (
    <li className={flag.accepted ? "term-flag accepted" : "term-flag"} data-flag-kind={flag.kind} data-concept-id={flag.conceptId}>
      <span className="term-flag-kind">{t(`termFlags.flagKind.${flag.kind}`)}</span>{" "}
      <span className="term-flag-concept">{flag.concept}</span>
      {": "}
      {t("termFlags.found")} {term(flag.found, "en")}
      {flag.expected !== null && (
        <>
          {" · "}
          {t("termFlags.expected")} {term(flag.expected, "en")}
        </>
      )}
      {flag.accepted ? (
        <span className="hint">
          {" "}
          {t("termFlags.acceptedBy", { name: flag.accepted.by, date: new Date(flag.accepted.at).toLocaleString(i18n.language), reason: flag.accepted.reason })}
        </span>
      ) : (
        canDecide &&
        (accepting ? (
          <form
            className="inline"
            onSubmit={async (e) => {
              e.preventDefault();
              const result = await callApi(`/api/rows/${row.id}/term-flags/accept`, {
                method: "POST",
                body: { conceptId: flag.conceptId, kind: flag.kind, lang: flag.lang, reason: reason.trim() },
              });
              if (!result.ok) return setError(result.message(t));
              setAccepting(false);
              await actions.reloadItems([`r${row.id}`]);
            }}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === "Escape") setAccepting(false);
            }}
          >
            <label>
              {t("termFlags.acceptReason")}
              <input type="text" dir="auto" required maxLength={500} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
            </label>
            <button type="submit" className="button small primary">
              {t("termFlags.accept")}
            </button>
          </form>
        ) : (
          <button type="button" className="button small" onClick={() => setAccepting(true)}>
            {t("termFlags.acceptAsIntended")}
          </button>
        ))
      )}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </li>
  );
}

/** The English as written against the English with the preferred renderings, word by word; Apply saves it. */
function Suggestion({ row, dirs, actions }: { row: RowView; dirs: Props["dirs"]; actions: WorkbenchActions }) {
  const { t } = useTranslation();
  const [suggestions, setSuggestions] = useState<TermSuggestionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Asked again whenever the row changes (a new version after an edit): the suggestion is the server's.
  useEffect(() => {
    let live = true;
    void callApi<{ suggestions: TermSuggestionView[] }>(`/api/rows/${row.id}/term-suggestion`).then((result) => {
      if (!live) return;
      if (result.ok) setSuggestions(result.data.suggestions);
      else setError(result.message(t));
    });
    return () => {
      live = false;
    };
  }, [row.id, row.version, row.cells, t]);

  if (error) return <p className="error">{error}</p>;
  if (suggestions === null) return <p className="hint">{t("termFlags.loadingSuggestion")}</p>;
  if (suggestions.length === 0) return <p className="hint">{t("termFlags.noSuggestion")}</p>;
  return (
    <div className="term-suggestions">
      {suggestions.map((s) => {
        const paragraph = Object.values(row.cells).flat().find((p) => p.id === s.paragraphId);
        const lang = paragraph?.lang ?? "en";
        return (
          <div key={s.paragraphId} className="term-suggestion" data-testid="term-suggestion">
            <p className={quranicClass([s.before, s.after], "diff")} lang={lang} dir={dirs[lang] ?? "ltr"}>
              {diffWordParts(s.before, s.after, { lang }).map((part, i) =>
                part.added ? <ins key={i}>{part.value}</ins> : part.removed ? <del key={i}>{part.value}</del> : <span key={i}>{part.value}</span>,
              )}
            </p>
            <button
              type="button"
              className="button small primary"
              disabled={!paragraph}
              onClick={() => paragraph && void actions.editText(row, { ...paragraph, version: s.version } satisfies ParagraphView, s.after)}
            >
              {t("termFlags.applySuggestion")}
            </button>
          </div>
        );
      })}
    </div>
  );
}
