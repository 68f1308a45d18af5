import Link from "next/link";
import type { Metadata } from "next";
import { supportedLanguages } from "@/lib/core/lang/languages";
import { directionOf } from "@/lib/core/lang/languages";
import { getDb } from "@/lib/db/client";
import { quranicClass } from "@/components/quranic-class";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { AppError } from "@/lib/server/errors";
import { searchParagraphs, type SearchHit } from "@/lib/server/search/search-paragraphs";
import { firstParam } from "@/lib/http/search-params";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { languageName } from "@/lib/i18n/language-name";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerT(await getRequestLocale());
  return { title: t("search.title") };
}

type Props = PageProps<"/search">;

const one = (value: string | string[] | undefined) => firstParam(value)?.trim() ?? "";

export default async function SearchPage({ searchParams }: Props) {
  const query = await searchParams;
  await requirePageUser("document.read", `/search${query.q ? `?q=${encodeURIComponent(one(query.q))}` : ""}`);
  const q = one(query.q);
  const lang = one(query.lang);
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  let hits: SearchHit[] = [];
  let error: string | null = null;
  if (q) {
    try {
      hits = (await searchParagraphs(await getDb(), { query: q, lang: lang || undefined, limit: 100 })).hits;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      error = t(e.details.messageKey ?? "errors.validation");
    }
  }
  return (
    <section className="panel" aria-labelledby="search-heading">
      <h1 id="search-heading">{t("search.title")}</h1>
      <p className="hint">{t("search.intro")}</p>
      <form className="row-inline" role="search" action="/search">
        <label>
          {t("search.query")}
          <input type="search" name="q" defaultValue={q} dir="auto" required minLength={2} />
        </label>
        <label>
          {t("search.language")}
          <select name="lang" defaultValue={lang}>
            <option value="">{t("search.anyLanguage")}</option>
            {supportedLanguages().map((code) => (
              <option key={code} value={code}>
                {languageName(t, code)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary">
          {t("search.submit")}
        </button>
      </form>
      {error && <p className="alert error">{error}</p>}
      {q && !error && <p className="muted">{t("search.count", { count: hits.length, formatted: new Intl.NumberFormat(locale).format(hits.length) })}</p>}
      <ol className="search-results">
        {hits.map((hit) => (
          <li key={hit.paragraphId}>
            <Link href={`/documents/${hit.documentId}?item=${hit.rowId ? `r${hit.rowId}` : `p${hit.paragraphId}`}`} dir="auto">
              {hit.documentTitle}
            </Link>{" "}
            <span className="lang-badge">{hit.lang}</span>
            <p lang={hit.lang} dir={directionOf(hit.lang)} className={quranicClass([hit.text])}>
              {hit.text.length > 400 ? `${hit.text.slice(0, 400)}…` : hit.text}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
