import type { TextView } from "@/lib/server/document/views";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { languageName } from "@/lib/i18n/language-name";

export async function TextCards({ texts }: { texts: TextView[] }) {
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  return (
    <section className="text-cards" aria-label={t("workbench.texts")}>
      {texts.map((text) => (
        <article key={text.id} className="text-card" data-lang={text.lang}>
          <div>
            <span className="lang-badge">{text.lang}</span>
            {languageName(t, text.lang)} · {t(text.role === "original" ? "workbench.original" : "workbench.translation")}
          </div>
          {text.title && (
            <div className="title" lang={text.lang} dir={text.dir}>
              {text.title}
            </div>
          )}
          <div className="muted">{t("workbench.paragraphs", { count: number.format(text.paragraphCount), boilerplate: number.format(text.boilerplateCount) })}</div>
          {text.publisher && <div className="muted">{t("workbench.publisher", { publisher: text.publisher })}</div>}
          {text.publishedAt && <div className="muted">{t("workbench.published", { date: formatDate(date, text.publishedAt) })}</div>}
          {text.sourceUrl && (
            <a href={text.sourceUrl} rel="noreferrer noopener" target="_blank" dir="ltr">
              {t("workbench.source")}
            </a>
          )}
        </article>
      ))}
    </section>
  );
}

/** A publication date as the source gave it when it is not a date we can read. */
function formatDate(format: Intl.DateTimeFormat, value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : format.format(parsed);
}
