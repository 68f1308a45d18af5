"use client";
// Imports an existing parallel file (TMX, XLIFF, TSV, JSONL, a Moses pair) as a document with its rows formed:
// POST /api/import. Problems come back with line numbers and are shown as the server words them, translated.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "./call-api";
import { EncodingSelect } from "./encoding-select";

export function ParallelImportForm() {
  const { t } = useTranslation();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    let response: Response;
    try {
      response = await fetch("/api/import", { method: "POST", body: form });
    } catch {
      setBusy(false);
      return setError(t("import.networkError"));
    }
    const body = (await response.json().catch(() => ({}))) as { documentId?: number } & { error?: Parameters<typeof errorMessage>[1] };
    setBusy(false);
    if (response.status === 201 && body.documentId) return router.push(`/documents/${body.documentId}`);
    setError(errorMessage(t, body.error ?? {})); // the summary, then what is wrong with the file
  }

  return (
    <form className="form-grid" onSubmit={submit} data-testid="parallel-import">
      <div className="row-inline">
        <label>
          {t("parallelImport.files")}
          <input type="file" name="file" multiple accept=".tmx,.xlf,.xliff,.tsv,.jsonl,.zip,.txt,.xml,application/xml,text/plain" required />
        </label>
        <EncodingSelect name="encoding" />
        <label>
          {t("parallelImport.langs")}
          <input type="text" name="langs" dir="ltr" pattern="[a-zA-Z-]+(,[a-zA-Z-]+)+" />
        </label>
        <label>
          {t("parallelImport.status")}
          <select name="status" defaultValue="confirmed">
            <option value="confirmed">{t("parallelImport.statuses.confirmed")}</option>
            <option value="auto">{t("parallelImport.statuses.auto")}</option>
          </select>
        </label>
        <label>
          {t("parallelImport.documentTitle")}
          <input type="text" name="title" dir="auto" maxLength={500} />
        </label>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t("parallelImport.submitting") : t("parallelImport.submit")}
        </button>
      </div>
      <div aria-live="assertive">
        {error && (
          <p className="alert error" role="alert" dir="auto">
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
