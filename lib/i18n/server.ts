// i18next on the server: one initialized instance per locale, shared across requests (resources are static).
import "server-only";
import { createInstance, type TFunction } from "i18next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getPageUser } from "@/lib/server/auth/require-page-user";
import { LOCALE_COOKIE, pickLocale } from "./pick-locale";
import { DEFAULT_LOCALE, LOCALES, NAMESPACE, resources, type Locale } from "./settings";

const instances = new Map<Locale, Promise<TFunction>>();

export function getServerT(locale: Locale = DEFAULT_LOCALE): Promise<TFunction> {
  let pending = instances.get(locale);
  if (!pending) {
    const instance = createInstance();
    pending = instance
      .init({ lng: locale, fallbackLng: DEFAULT_LOCALE, resources, defaultNS: NAMESPACE, interpolation: { escapeValue: false } })
      .then(() => instance.t);
    instances.set(locale, pending);
  }
  return pending;
}

/** The interface language of this request: the user's choice, else the language cookie, else Accept-Language. */
export const getRequestLocale = cache(async (): Promise<Locale> => {
  const [user, cookieStore, headerList] = await Promise.all([getPageUser(), cookies(), headers()]);
  return pickLocale(
    { userLocale: user?.uiLocale, cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get("accept-language") },
    LOCALES,
    DEFAULT_LOCALE,
  );
});
