// Interface languages: English, Persian and Arabic. en.json is the reference; the others carry the same keys and
// placeholders (tests/unit/i18n/locale-parity.test.ts), Arabic with its extra plural forms.
import i18next, { type Resource } from "i18next";
import ar from "./locales/ar.json";
import en from "./locales/en.json";
import fa from "./locales/fa.json";

export const LOCALES = ["en", "fa", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const NAMESPACE = "translation";

export const resources: Record<Locale, Resource[string]> = {
  en: { [NAMESPACE]: en },
  fa: { [NAMESPACE]: fa },
  ar: { [NAMESPACE]: ar },
};

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/** Always pass the locale: i18next.dir() with no argument answers for whatever language it last loaded. */
export function htmlAttributes(locale: Locale): { lang: Locale; dir: "ltr" | "rtl" } {
  return { lang: locale, dir: i18next.dir(locale) };
}
