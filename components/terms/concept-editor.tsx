"use client";
// Editing one concept: its label, domain and note, and its renderings with status and note. Translators may add
// renderings to an approved concept (proposals) and change what is still proposed; reviewers approve and delete.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "../call-api";
import { RenderingFields, renderingsBody, type RenderingDraft } from "./rendering-fields";

export interface EditableConcept {
  id: number;
  label: string;
  note: string;
  domain: string;
  state: "proposed" | "approved";
  updatedAt: string;
  renderings: RenderingDraft[];
}

export function ConceptEditor({ concept, canApprove, canDelete }: { concept: EditableConcept; canApprove: boolean; canDelete: boolean }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [label, setLabel] = useState(concept.label);
  const [domain, setDomain] = useState(concept.domain);
  const [note, setNote] = useState(concept.note);
  const [renderings, setRenderings] = useState<RenderingDraft[]>(concept.renderings);
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const isLocked = concept.state === "approved" && !canApprove;

  async function run(url: string, method: string, body: unknown, success: string, after?: () => void) {
    setBusy(true);
    const result = await callApi(url, { method, body });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message(t) });
    setMessage({ ok: true, text: success });
    if (after) after();
    else router.refresh();
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const fields = isLocked ? {} : { label, domain, note };
    void run(`/api/terms/${concept.id}`, "PATCH", { ...fields, renderings: renderingsBody(renderings.filter((r) => r.text.trim() !== "")), updatedAt: concept.updatedAt }, t("terms.edit.saved"));
  }

  function remove() {
    if (!window.confirm(t("terms.edit.confirmDelete", { label: concept.label }))) return;
    void run(`/api/terms/${concept.id}`, "DELETE", undefined, t("terms.edit.deleted"), () => router.push("/terms"));
  }

  return (
    <form className="form-grid" onSubmit={save} aria-labelledby="edit-concept-heading">
      <h2 id="edit-concept-heading">{t("terms.edit.title")}</h2>
      {isLocked && <p className="hint">{t("terms.edit.lockedHint")}</p>}
      <div className="row-inline">
        <label>
          {t("terms.form.label")}
          <input type="text" dir="auto" value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={500} disabled={isLocked} />
        </label>
        <label>
          {t("terms.form.domain")}
          <input type="text" dir="auto" value={domain} onChange={(e) => setDomain(e.target.value)} maxLength={200} disabled={isLocked} />
        </label>
      </div>
      <label>
        {t("terms.form.note")}
        <textarea dir="auto" value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} rows={3} disabled={isLocked} />
      </label>
      <RenderingFields renderings={renderings} onChange={setRenderings} disabled={isBusy} />
      <div className="toolbar">
        <button type="submit" className="button primary" disabled={isBusy}>
          {t("terms.edit.save")}
        </button>
        {canApprove && concept.state === "proposed" && (
          <button type="button" className="button" disabled={isBusy} onClick={() => void run(`/api/terms/${concept.id}/approve`, "POST", undefined, t("terms.edit.approved"))}>
            {t("terms.approve")}
          </button>
        )}
        {canApprove && concept.state === "approved" && concept.renderings.some((r) => r.state === "proposed") && (
          <button type="button" className="button" disabled={isBusy} onClick={() => void run(`/api/terms/${concept.id}/approve`, "POST", undefined, t("terms.edit.approved"))}>
            {t("terms.approveRenderings")}
          </button>
        )}
        {canDelete && (
          <button type="button" className="button" disabled={isBusy} onClick={remove}>
            {t("terms.edit.delete")}
          </button>
        )}
      </div>
      {message && (
        <p className={`alert ${message.ok ? "info" : "error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
    </form>
  );
}
