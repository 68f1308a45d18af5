"use client";
// The side-by-side rows. Every cell carries the lang and dir of its own text, whatever the interface language.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import type { WorkbenchView } from "@/lib/server/document/get-workbench";
import { DOUBTFUL_BELOW, type AlignedRowView, type LooseRowView, type ParagraphView } from "@/lib/server/document/workbench-rows";
import { callApi } from "./call-api";

export function AlignmentTable({ view, columns }: { view: WorkbenchView; columns: string[] }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const dirOf = new Map(view.texts.map((text) => [text.lang, text.dir]));
  const score = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  async function act(url: string, body: unknown) {
    setBusy(true);
    setMessage(null);
    const result = await callApi(url, { method: "PATCH", body });
    setBusy(false);
    if (!result.ok) setMessage(result.status === 409 ? t("workbench.conflict") : t("workbench.actionFailed", { message: result.message(t) }));
    startTransition(() => router.refresh());
  }
  const setStatus = (row: AlignedRowView, status: AlignedRowView["status"]) => act(`/api/rows/${row.id}`, { status, version: row.version });
  const setKind = (p: ParagraphView, kind: ParagraphView["kind"]) => act(`/api/paragraphs/${p.id}`, { kind, version: p.version });
  const disabled = busy || pending;

  if (view.rows.length === 0) return <p className="muted">{t("workbench.noRows")}</p>;

  const shared: RowProps = { columns, dirOf, disabled, onStatus: setStatus, onKind: setKind };
  let rowNumber = 0;
  return (
    <>
      <div aria-live="assertive">{message && <p className="alert error">{message}</p>}</div>
      <table className="alignment" aria-busy={disabled}>
        <colgroup>
          <col className="meta" />
          {columns.map((lang) => (
            <col key={lang} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t("workbench.title")}</th>
            {columns.map((lang) => (
              <th key={lang} scope="col" data-lang={lang}>
                {t(`languages.${lang.split("-")[0]}`)} <span className="lang-badge">{lang}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) =>
            row.type === "aligned" ? (
              <AlignedRow key={`r${row.id}`} row={row} n={++rowNumber} format={score.format} {...shared} />
            ) : (
              <LooseRow key={`p${row.paragraph.id}`} row={row} {...shared} />
            ),
          )}
        </tbody>
      </table>
    </>
  );
}

interface RowProps {
  columns: string[];
  dirOf: Map<string, "ltr" | "rtl">;
  disabled: boolean;
  onStatus: (row: AlignedRowView, status: AlignedRowView["status"]) => void;
  onKind: (paragraph: ParagraphView, kind: ParagraphView["kind"]) => void;
}

function AlignedRow({ row, n, format, columns, dirOf, disabled, onStatus, onKind }: RowProps & { row: AlignedRowView; n: number; format: (x: number) => string }) {
  const { t, i18n } = useTranslation();
  const ui = { lang: i18n.language, dir: i18n.dir(i18n.language) };
  const doubtful = row.status === "AUTO" && row.score < DOUBTFUL_BELOW;
  if (row.replaced) return <ReplacedRow row={row} n={n} columns={columns} dirOf={dirOf} />;
  return (
    <tr data-row-id={row.id} data-status={row.status} className={doubtful ? "doubtful" : undefined}>
      <td className="meta">
        <div className="row-meta">
          <span>{t("workbench.row", { n })}</span>
          <span className={`status ${row.status}`}>{t(`workbench.status.${row.status}`)}</span>
          <span className={doubtful ? "score doubtful" : "score"}>{t("workbench.score", { score: format(row.score) })}</span>
          <span className="toolbar">
            {row.status !== "CONFIRMED" && (
              <button type="button" className="button small" disabled={disabled} onClick={() => onStatus(row, "CONFIRMED")}>
                {t("workbench.confirm")}
              </button>
            )}
            {row.status !== "REJECTED" && (
              <button type="button" className="button small" disabled={disabled} onClick={() => onStatus(row, "REJECTED")}>
                {t("workbench.reject")}
              </button>
            )}
            {row.status !== "AUTO" && (
              <button type="button" className="button small" disabled={disabled} onClick={() => onStatus(row, "AUTO")}>
                {t("workbench.reset")}
              </button>
            )}
          </span>
        </div>
      </td>
      {columns.map((lang) => {
        const paragraphs = row.cells[lang] ?? [];
        return (
          <td key={lang} lang={lang} dir={dirOf.get(lang)} data-lang={lang} className={paragraphs.length === 0 ? "empty" : undefined}>
            {paragraphs.length === 0 ? (
              <span {...ui}>{t("workbench.emptyCell")}</span>
            ) : (
              paragraphs.map((p) => (
                <div key={p.id}>
                  <p className={p.kind === "HEADING" ? "heading-paragraph" : undefined} data-paragraph-id={p.id}>
                    {p.text}
                  </p>
                  <div className="paragraph-tools" {...ui}>
                    <button type="button" className="button small" disabled={disabled} onClick={() => onKind(p, "BOILERPLATE")}>
                      {t("workbench.markBoilerplate")}
                    </button>
                  </div>
                </div>
              ))
            )}
          </td>
        );
      })}
    </tr>
  );
}

// A rejected grouping kept in view after a re-align gave its paragraphs to the rows that follow.
function ReplacedRow({ row, n, columns, dirOf }: Pick<RowProps, "columns" | "dirOf"> & { row: AlignedRowView; n: number }) {
  const { t } = useTranslation();
  return (
    <tr data-row-id={row.id} data-status={row.status} data-replaced="true" className="replaced">
      <td className="meta">
        <div className="row-meta">
          <span>{t("workbench.row", { n })}</span>
          <span className={`status ${row.status}`}>{t(`workbench.status.${row.status}`)}</span>
          <span className="hint">{t("workbench.replaced")}</span>
        </div>
      </td>
      {columns.map((lang) => (
        <td key={lang} lang={lang} dir={dirOf.get(lang)} data-lang={lang}>
          {(row.cells[lang] ?? []).map((p) => (
            <p key={p.id}>
              <del>{p.text}</del>
            </p>
          ))}
        </td>
      ))}
    </tr>
  );
}

function LooseRow({ row, columns, dirOf, disabled, onKind }: RowProps & { row: LooseRowView }) {
  const { t, i18n } = useTranslation();
  const isClutter = row.paragraph.kind === "BOILERPLATE";
  return (
    <tr className="loose" data-paragraph-kind={row.paragraph.kind}>
      <td className="meta">
        <span className="row-meta clutter">{isClutter ? t("workbench.boilerplate") : t("workbench.unaligned")}</span>
      </td>
      {columns.map((lang) =>
        lang === row.lang ? (
          <td key={lang} lang={lang} dir={dirOf.get(lang)} data-lang={lang} className={isClutter ? "clutter" : undefined}>
            <p data-paragraph-id={row.paragraph.id}>{row.paragraph.text}</p>
            {isClutter && (
              <div className="clutter-note" lang={i18n.language} dir={i18n.dir(i18n.language)}>
                <button type="button" className="button small" disabled={disabled} onClick={() => onKind(row.paragraph, "BODY")}>
                  {t("workbench.restore")}
                </button>
              </div>
            )}
          </td>
        ) : (
          <td key={lang} lang={lang} dir={dirOf.get(lang)} data-lang={lang} />
        ),
      )}
    </tr>
  );
}
