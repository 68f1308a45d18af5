"use client";
// Managing accounts (admins only; the API refuses everyone else): add a user, change a role, set a new password,
// disable or enable. Each action calls the API, then refreshes the list from the server.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { RoleName } from "@/lib/core/auth/roles";
import { callApi } from "./call-api";

export interface AdminUserRow {
  id: number;
  email: string;
  name: string;
  role: RoleName;
  isDisabled: boolean;
  lastSignInAt: string | null;
}

type Outcome = { ok: boolean; message: string } | null;

export function UserAdmin({ users, roles, currentUserId, locale, minPasswordLength }: { users: AdminUserRow[]; roles: readonly RoleName[]; currentUserId: number; locale: string; minPasswordLength: number }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [resetFor, setResetFor] = useState<number | null>(null);
  const [isBusy, setBusy] = useState(false);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });

  async function run(url: string, method: string, body: unknown, success: string): Promise<boolean> {
    setBusy(true);
    const result = await callApi(url, { method, body });
    setBusy(false);
    setOutcome(result.ok ? { ok: true, message: success } : { ok: false, message: result.message(t) });
    if (result.ok) router.refresh();
    return result.ok;
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const email = String(form.get("email") ?? "");
    const body = { email, name: form.get("name") || undefined, role: form.get("role"), password: form.get("password") };
    if (await run("/api/users", "POST", body, t("users.created", { email }))) formElement.reset();
  }

  async function resetPassword(event: FormEvent<HTMLFormElement>, user: AdminUserRow) {
    event.preventDefault();
    const password = new FormData(event.currentTarget).get("password");
    if (await run(`/api/users/${user.id}`, "PATCH", { password }, t("users.passwordReset", { email: user.email }))) setResetFor(null);
  }

  return (
    <>
      {outcome && (
        <p className={`alert ${outcome.ok ? "info" : "error"}`} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
        </p>
      )}
      <div className="table-scroll">
        <table className="documents users">
          <thead>
            <tr>
              <th scope="col">{t("users.columns.user")}</th>
              <th scope="col">{t("users.columns.role")}</th>
              <th scope="col">{t("users.columns.state")}</th>
              <th scope="col">{t("users.columns.lastSignIn")}</th>
              <th scope="col">{t("users.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-user-email={user.email}>
                <td>
                  <div dir="auto">
                    {user.name} {user.id === currentUserId && <span className="muted">{t("users.you")}</span>}
                  </div>
                  <div className="muted" dir="ltr">
                    {user.email}
                  </div>
                </td>
                <td>
                  <select
                    aria-label={t("users.roleFor", { email: user.email })}
                    value={user.role}
                    disabled={isBusy}
                    onChange={(event) => void run(`/api/users/${user.id}`, "PATCH", { role: event.target.value }, t("users.saved", { email: user.email }))}
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{user.isDisabled ? t("users.disabled") : t("users.active")}</td>
                <td>{user.lastSignInAt ? date.format(new Date(user.lastSignInAt)) : t("users.never")}</td>
                <td>
                  <div className="row-inline">
                    <button
                      type="button"
                      className="button small"
                      disabled={isBusy}
                      onClick={() => void run(`/api/users/${user.id}`, "PATCH", { isDisabled: !user.isDisabled }, t("users.saved", { email: user.email }))}
                    >
                      {user.isDisabled ? t("users.enable") : t("users.disable")}
                    </button>
                    <button type="button" className="button small" onClick={() => setResetFor(resetFor === user.id ? null : user.id)}>
                      {t("users.resetPassword")}
                    </button>
                  </div>
                  {resetFor === user.id && (
                    <form className="row-inline" onSubmit={(event) => void resetPassword(event, user)}>
                      <label>
                        {t("users.newPasswordFor", { email: user.email })}
                        <input type="password" name="password" autoComplete="new-password" required minLength={minPasswordLength} dir="auto" />
                      </label>
                      <button type="submit" className="button small primary" disabled={isBusy}>
                        {t("users.save")}
                      </button>
                      <button type="button" className="button small" onClick={() => setResetFor(null)}>
                        {t("users.cancel")}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("users.createTitle")}</h2>
      <form className="row-inline" onSubmit={(event) => void create(event)}>
        <label>
          {t("users.email")}
          <input type="email" name="email" required autoComplete="off" dir="ltr" />
        </label>
        <label>
          {t("users.name")}
          <input type="text" name="name" autoComplete="off" dir="auto" />
        </label>
        <label>
          {t("users.role")}
          <select name="role" defaultValue="translator">
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("users.password")}
          <input type="password" name="password" required minLength={minPasswordLength} autoComplete="new-password" dir="auto" />
        </label>
        <button type="submit" className="button primary" disabled={isBusy}>
          {t("users.create")}
        </button>
      </form>
    </>
  );
}
