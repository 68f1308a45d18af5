import type { TextView } from "@/lib/server/document/views";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";

export async function TextCards({ texts }: { texts: TextView[] }) {
  const t = await getServerT(await getRequestLocale());
  return (
    <section className="text-cards" aria-label={t("workbench.texts")}>
      {texts.map((text) => (
        <article key={text.id} className="text-card" data-lang={text.lang}>
          <div>
            <span className="lang-badge">{text.lang}</span>
            {t(`languages.${text.lang.split("-")[0]}`)} · {t(text.role === "original" ? "workbench.original" : "workbench.translation")}
          </div>
          {text.title && (
            <div className="title" lang={text.lang} dir={text.dir}>
              {text.title}
            </div>
          )}
          <div className="muted">{t("workbench.paragraphs", { count: text.paragraphCount, boilerplate: text.boilerplateCount })}</div>
          {text.publisher && <div className="muted">{t("workbench.publisher", { publisher: text.publisher })}</div>}
          {text.publishedAt && <div className="muted">{t("workbench.published", { date: text.publishedAt })}</div>}
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
