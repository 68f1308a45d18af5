import type { Metadata } from "next";
import localFont from "next/font/local";
import Link from "next/link";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n-provider";
import { UserMenu } from "@/components/user-menu";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { htmlAttributes, resources } from "@/lib/i18n/settings";
import "./globals.css";

// Self-hosted so that Persian and Arabic render the same everywhere, with no font download at run time.
const vazirmatn = localFont({
  src: "../node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-arabic-script",
});

// Vazirmatn has no glyphs for the Quran's marks (the sukun ۡ, the small waw ۥ, the pause marks ۚ ۖ): Uthmani text,
// which statements and speeches quote, is set in Noto Naskh Arabic, which has them all (see lib/core/text/uthmani.ts
// hasQuranicMarks), and the same face stands behind Vazirmatn for any such mark elsewhere.
const naskh = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2", weight: "700" },
  ],
  display: "swap",
  // Not preloaded: most pages never show such text, and the browser fetches the face when one does.
  preload: false,
  variable: "--font-quranic",
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerT(await getRequestLocale());
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  return (
    <html {...htmlAttributes(locale)} className={`${vazirmatn.variable} ${naskh.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            {t("app.name")}
          </Link>
          <span className="tagline">{t("app.tagline")}</span>
          <nav className="site-nav">
            <Link href="/corpora">{t("corpora.nav")}</Link>
            <Link href="/search">{t("app.search")}</Link>
            <Link href="/terms">{t("terms.nav")}</Link>
          </nav>
          <UserMenu />
        </header>
        {/* Keyed by locale: a language switch (router.refresh) starts a fresh i18next instance in the new language. */}
        <I18nProvider key={locale} locale={locale} resources={{ [locale]: resources[locale] }}>
          <main id="main">{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
