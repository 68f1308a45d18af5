"use client";
// The interface language before signing in: a cookie that getRequestLocale() reads (lib/i18n/server.ts). Once
// signed in, the user's own choice (on /account) comes first.
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { LOCALE_COOKIE } from "@/lib/i18n/pick-locale";

export function LocaleSwitcher({ locales, current }: { locales: readonly string[]; current: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  if (locales.length < 2) return null;
  return (
    <label className="locale-switcher">
      {t("auth.interfaceLanguage")}
      <select
        value={current}
        onChange={(event) => {
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; Path=/; Max-Age=31536000; SameSite=Lax`;
          router.refresh();
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`interfaceLanguages.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
