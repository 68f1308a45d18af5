// i18next on the server: one initialized instance per locale, shared across requests (resources are static).
import "server-only";
import { createInstance, type TFunction } from "i18next";
import { DEFAULT_LOCALE, NAMESPACE, resources, type Locale } from "./settings";

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

/** The interface language of this request. Only English exists so far, so this is a single choice for now. */
export async function getRequestLocale(): Promise<Locale> {
  return DEFAULT_LOCALE;
}
