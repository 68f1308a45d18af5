"use client";
// A new concept: a reviewer's is approved at once, a translator's waits in the proposals for a reviewer.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "../call-api";
import { CorpusSelect, type CorpusOption } from "./corpus-select";
import { RenderingFields, renderingsBody, type RenderingDraft } from "./rendering-fields";

const EMPTY: RenderingDraft[] = [
  { lang: "en", text: "", status: "preferred", note: "" },
  { lang: "fa", text: "", status: "preferred", note: "" },
  { lang: "ar", text: "", status: "preferred", note: "" },
];

export function ConceptCreateForm({ corpora, canApprove }: { corpora: CorpusOption[]; canApprove: boolean }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [label, setLabel] = useState("");
  const [domain, setDomain] = useState("");
  const [note, setNote] = useState("");
  const [corpus, setCorpus] = useState<string>("shared");
  const [renderings, setRenderings] = useState<RenderingDraft[]>(EMPTY);
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi<{ concept: { id: number } }>("/api/terms", {
      method: "POST",
      body: { label, domain, note, corpus: corpus === "shared" ? null : Number(corpus), renderings: renderingsBody(renderings.filter((r) => r.text.trim() !== "")) },
    });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message(t) });
    setMessage({ ok: true, text: t(canApprove ? "terms.create.created" : "terms.create.proposed") });
    setLabel("");
    setDomain("");
    setNote("");
    setRenderings(EMPTY);
    router.refresh();
  }

  return (
    <form className="form-grid" onSubmit={submit} aria-labelledby="create-concept-heading">
      <h2 id="create-concept-heading">{t(canApprove ? "terms.create.title" : "terms.create.proposeTitle")}</h2>
      <div className="row-inline">
        <label>
          {t("terms.form.label")}
          <input type="text" dir="auto" value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={500} />
        </label>
        <label>
          {t("terms.form.domain")}
          <input type="text" dir="auto" value={domain} onChange={(e) => setDomain(e.target.value)} maxLength={200} />
        </label>
        <CorpusSelect label={t("terms.corpus")} corpora={corpora} sharedLabel={t("terms.shared")} value={corpus} onChange={(e) => setCorpus(e.target.value)} />
      </div>
      <label>
        {t("terms.form.note")}
        <textarea dir="auto" value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} rows={2} />
      </label>
      <RenderingFields renderings={renderings} onChange={setRenderings} disabled={isBusy} />
      <div>
        <button type="submit" className="button primary" disabled={isBusy}>
          {t(canApprove ? "terms.create.submit" : "terms.create.propose")}
        </button>
      </div>
      {message && (
        <p className={`alert ${message.ok ? "info" : "error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
