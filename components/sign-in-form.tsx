"use client";
// Email and password to POST /api/auth/sign-in; on success a full navigation to where the user was going, so that
// the whole page (header included) is rendered for the signed-in user.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { callApi } from "./call-api";

export function SignInForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await callApi("/api/auth/sign-in", { method: "POST", body: { email: form.get("email"), password: form.get("password") } });
    if (result.ok) {
      window.location.assign(next);
      return;
    }
    setError(result.message(t));
    setBusy(false);
  }

  return (
    <form className="form-grid auth-form" onSubmit={submit} noValidate>
      <label>
        {t("auth.email")}
        <input type="email" name="email" autoComplete="username" required dir="ltr" />
      </label>
      <label>
        {t("auth.password")}
        <input type="password" name="password" autoComplete="current-password" required dir="auto" />
      </label>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button primary" disabled={isBusy}>
          {isBusy ? t("auth.submitting") : t("auth.submit")}
        </button>
      </div>
    </form>
  );
}
