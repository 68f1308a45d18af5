"use client";
// The renderings of a concept as editable rows (language, term, status, note), for creating and editing concepts.
import { useTranslation } from "react-i18next";
import { textAttributes } from "./text-direction";
import { languageName } from "@/lib/i18n/language-name";

export interface RenderingDraft {
  id?: number;
  lang: string;
  text: string;
  status: "preferred" | "admitted" | "deprecated";
  note: string;
  /** Shown only: whether the stored rendering is still a proposal. */
  state?: "proposed" | "approved";
}

const STATUSES = ["preferred", "admitted", "deprecated"] as const;
const COMMON_LANGS = ["en", "fa", "ar"];

export function RenderingFields({ renderings, onChange, disabled }: { renderings: RenderingDraft[]; onChange: (next: RenderingDraft[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<RenderingDraft>) => onChange(renderings.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset className="text-block">
      <legend>{t("terms.form.renderings")}</legend>
      <div className="table-scroll">
        <table className="documents term-renderings">
          <thead>
            <tr>
              <th scope="col">{t("terms.form.lang")}</th>
              <th scope="col">{t("terms.form.term")}</th>
              <th scope="col">{t("terms.form.status")}</th>
              <th scope="col">{t("terms.form.renderingNote")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("terms.form.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {renderings.map((r, index) => (
              <tr key={r.id ?? `new-${index}`}>
                <td>
                  <input type="text" list="term-langs" value={r.lang} size={6} aria-label={t("terms.form.lang")} disabled={disabled} onChange={(e) => set(index, { lang: e.target.value })} required />
                </td>
                <td>
                  <input type="text" {...textAttributes(r.lang)} value={r.text} aria-label={t("terms.form.term")} disabled={disabled} onChange={(e) => set(index, { text: e.target.value })} required />
                  {r.state === "proposed" && <span className="term-state proposed">{t("terms.states.proposed")}</span>}
                </td>
                <td>
                  <select value={r.status} aria-label={t("terms.form.status")} disabled={disabled} onChange={(e) => set(index, { status: e.target.value as RenderingDraft["status"] })}>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`terms.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input type="text" dir="auto" value={r.note} aria-label={t("terms.form.renderingNote")} disabled={disabled} onChange={(e) => set(index, { note: e.target.value })} />
                </td>
                <td>
                  <button type="button" className="button small" disabled={disabled || renderings.length <= 1} onClick={() => onChange(renderings.filter((_, i) => i !== index))}>
                    {t("terms.form.remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <datalist id="term-langs">
        {COMMON_LANGS.map((l) => (
          <option key={l} value={l}>
            {languageName(t, l)}
          </option>
        ))}
      </datalist>
      <div>
        <button type="button" className="button small" disabled={disabled} onClick={() => onChange([...renderings, { lang: "en", text: "", status: "admitted", note: "" }])}>
          {t("terms.form.addRendering")}
        </button>
      </div>
    </fieldset>
  );
}

/** What the API takes for the renderings. */
export function renderingsBody(renderings: readonly RenderingDraft[]) {
  return renderings.map(({ id, lang, text, status, note }) => ({ ...(id === undefined ? {} : { id }), lang: lang.trim(), text, status, note }));
}
