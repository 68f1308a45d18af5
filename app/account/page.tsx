import type { Metadata } from "next";
import { AccountLocaleForm } from "@/components/account-locale-form";
import { ChangePasswordForm } from "@/components/change-password-form";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n/settings";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/password";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  await requirePageUser(undefined, "/account");
  const t = await getServerT(await getRequestLocale());
  return { title: t("account.title") };
}

export default async function AccountPage() {
  const user = await requirePageUser(undefined, "/account");
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  return (
    <>
      <section className="panel narrow" aria-labelledby="account-heading">
        <h1 id="account-heading">{t("account.title")}</h1>
        <dl className="facts" data-testid="account-details">
          <dt>{t("users.name")}</dt>
          <dd dir="auto">{user.name}</dd>
          <dt>{t("users.email")}</dt>
          <dd dir="ltr">{user.email}</dd>
          <dt>{t("users.role")}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </dl>
      </section>
      <section className="panel narrow" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("account.passwordTitle")}</h2>
        <ChangePasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </section>
      <section className="panel narrow" aria-labelledby="language-heading">
        <h2 id="language-heading">{t("account.languageTitle")}</h2>
        <p className="hint">{t("account.languageHint")}</p>
        <AccountLocaleForm locales={LOCALES} current={locale} />
      </section>
    </>
  );
}
