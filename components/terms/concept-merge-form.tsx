"use client";
// Merging this concept into another one (the same concept entered twice): its renderings move over and it is gone.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "../call-api";

export function ConceptMergeForm({ conceptId, targets }: { conceptId: number; targets: Array<{ id: number; label: string }> }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [into, setInto] = useState<string>("");
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const target = targets.find((c) => String(c.id) === into);
    if (!target || !window.confirm(t("terms.merge.confirm", { label: target.label }))) return;
    setBusy(true);
    const result = await callApi(`/api/terms/${conceptId}/merge`, { method: "POST", body: { into: target.id } });
    setBusy(false);
    if (!result.ok) return setError(result.message(t));
    router.push(`/terms/${target.id}`);
  }

  return (
    <form className="form-grid" onSubmit={submit} aria-labelledby="merge-concept-heading">
      <h2 id="merge-concept-heading">{t("terms.merge.title")}</h2>
      <p className="hint">{t("terms.merge.hint")}</p>
      <div className="row-inline">
        <label>
          {t("terms.merge.into")}
          <select value={into} onChange={(e) => setInto(e.target.value)} required>
            <option value="">{t("terms.merge.choose")}</option>
            {targets.map((c) => (
              <option key={c.id} value={c.id} dir="auto">
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={isBusy || into === ""}>
          {t("terms.merge.submit")}
        </button>
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
