"use client";
// Uploads a TBX or CSV term file (the server tells which from the content) and shows what it did: concepts created
// and merged, renderings refused, and every problem with its line.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CorpusSelect, type CorpusOption } from "./corpus-select";
import type { EncodingChoice } from "@/lib/core/import/decode";
import { EncodingSelect } from "../encoding-select";

interface Problem {
  code?: string;
  line?: number;
  message: string;
  messageKey?: string;
  params?: Record<string, string | number>;
}

type Outcome =
  | { kind: "done"; created: number; merged: number; refused: number; renderingsCreated: number; problems: Problem[] }
  | { kind: "error"; message: string; problems: Problem[] };

export function TermImportForm({ corpora }: { corpora: CorpusOption[] }) {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [corpus, setCorpus] = useState("shared");
  const [encoding, setEncoding] = useState<EncodingChoice>("auto");
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const describe = (p: Problem) => {
    const key = p.messageKey ?? (p.code ? `terms.problems.${p.code}` : undefined);
    const text = key && i18n.exists(key, p.params ?? {}) ? t(key, p.params ?? {}) : p.message;
    const line = p.line ?? (typeof p.params?.line === "number" ? p.params.line : undefined);
    return line !== undefined ? t("terms.import.atLine", { line, text }) : text;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const query = new URLSearchParams({ corpus, encoding });
      const response = await fetch(`/api/terms/import?${query}`, { method: "POST", body: file });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.ok) {
        const r = body as unknown as Extract<Outcome, { kind: "done" }>;
        setOutcome({ kind: "done", created: r.created, merged: r.merged, refused: r.refused, renderingsCreated: r.renderingsCreated, problems: r.problems ?? [] });
        router.refresh();
      } else {
        const error = (body.error ?? {}) as { message?: string; messageKey?: string; params?: Record<string, string | number>; problems?: Problem[] };
        const message = error.messageKey && i18n.exists(error.messageKey, error.params ?? {}) ? t(error.messageKey, error.params ?? {}) : (error.message ?? t("errors.internal"));
        setOutcome({ kind: "error", message, problems: error.problems ?? [] });
      }
    } catch {
      setOutcome({ kind: "error", message: t("import.networkError"), problems: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form-grid" onSubmit={submit} aria-labelledby="import-terms-heading">
      <h2 id="import-terms-heading">{t("terms.import.title")}</h2>
      <p className="hint">{t("terms.import.hint")}</p>
      <div className="row-inline">
        <label>
          {t("terms.import.file")}
          <input type="file" accept=".tbx,.xml,.csv,.tsv,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        </label>
        <EncodingSelect value={encoding} onChange={setEncoding} />
        <CorpusSelect label={t("terms.corpus")} corpora={corpora} sharedLabel={t("terms.shared")} value={corpus} onChange={(e) => setCorpus(e.target.value)} />
        <button type="submit" className="button primary" disabled={isBusy || !file}>
          {t(isBusy ? "terms.import.busy" : "terms.import.submit")}
        </button>
      </div>
      {outcome?.kind === "done" && (
        <p className="alert info" role="status">
          {t("terms.import.result", { created: outcome.created, merged: outcome.merged, refused: outcome.refused, renderings: outcome.renderingsCreated })}
        </p>
      )}
      {outcome?.kind === "error" && (
        <p className="alert error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome && outcome.problems.length > 0 && (
        <details open={outcome.kind === "error"}>
          <summary>{t("terms.import.problems", { count: outcome.problems.length })}</summary>
          <ul className="term-problems">
            {outcome.problems.slice(0, 200).map((p, i) => (
              <li key={i} dir="auto">
                {describe(p)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
