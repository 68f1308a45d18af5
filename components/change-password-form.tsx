"use client";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "./call-api";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    if (form.get("newPassword") !== form.get("repeatPassword")) {
      setOutcome({ ok: false, message: t("account.passwordsDiffer") });
      return;
    }
    setBusy(true);
    const result = await callApi("/api/account/password", {
      method: "POST",
      body: { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") },
    });
    setBusy(false);
    if (result.ok) formElement.reset();
    setOutcome(result.ok ? { ok: true, message: t("account.passwordChanged") } : { ok: false, message: result.message(t) });
  }

  return (
    <form className="form-grid auth-form" onSubmit={submit}>
      <label>
        {t("account.currentPassword")}
        <input type="password" name="currentPassword" autoComplete="current-password" required dir="auto" />
      </label>
      <label>
        {t("account.newPassword")}
        <input type="password" name="newPassword" autoComplete="new-password" required minLength={minLength} dir="auto" />
      </label>
      <label>
        {t("account.repeatPassword")}
        <input type="password" name="repeatPassword" autoComplete="new-password" required minLength={minLength} dir="auto" />
      </label>
      <p className="hint">{t("account.passwordHint", { min: minLength })}</p>
      {outcome && (
        <p className={`alert ${outcome.ok ? "info" : "error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={isBusy}>
          {t("account.changePassword")}
        </button>
      </div>
    </form>
  );
}
