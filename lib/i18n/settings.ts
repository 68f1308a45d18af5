// Interface languages. English now; Persian and Arabic arrive with the review workbench (their files go beside en.json).
import i18next, { type Resource } from "i18next";
import en from "./locales/en.json";

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const NAMESPACE = "translation";

export const resources: Record<Locale, Resource[string]> = { en: { [NAMESPACE]: en } };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/** Always pass the locale: i18next.dir() with no argument answers for whatever language it last loaded. */
export function htmlAttributes(locale: Locale): { lang: Locale; dir: "ltr" | "rtl" } {
  return { lang: locale, dir: i18next.dir(locale) };
}
