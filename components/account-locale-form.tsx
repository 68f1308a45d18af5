"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "./call-api";

export function AccountLocaleForm({ locales, current }: { locales: readonly string[]; current: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi("/api/account", { method: "PATCH", body: { uiLocale: new FormData(event.currentTarget).get("uiLocale") } });
    setBusy(false);
    setOutcome(result.ok ? { ok: true, message: t("account.languageSaved") } : { ok: false, message: result.message(t) });
    // The whole interface (and <html lang dir>) follows the new language.
    if (result.ok) router.refresh();
  }

  return (
    <form className="row-inline" onSubmit={submit}>
      <label>
        {t("account.languageTitle")}
        <select name="uiLocale" defaultValue={current}>
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`interfaceLanguages.${locale}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button" disabled={isBusy}>
        {t("account.saveLanguage")}
      </button>
      {outcome && (
        <p className={`alert ${outcome.ok ? "info" : "error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
        </p>
      )}
    </form>
  );
}
