"use client";
// Gives client components the same i18next resources the server rendered with, initialized synchronously so
// the first client render matches the server's HTML.
import { createInstance, type Resource } from "i18next";
import { useState, type ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";

export function I18nProvider({ locale, resources, children }: { locale: string; resources: Resource; children: ReactNode }) {
  const [instance] = useState(() => {
    const i18n = createInstance();
    void i18n.use(initReactI18next).init({
      lng: locale,
      fallbackLng: "en",
      resources,
      defaultNS: "translation",
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    return i18n;
  });
  return <I18nextProvider i18n={instance}>{children}</I18nextProvider>;
}
