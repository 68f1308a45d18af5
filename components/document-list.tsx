import Link from "next/link";
import { LangBadges } from "./lang-badges";
import { ProgressBar } from "./progress-bar";
import type { DocumentSummary } from "@/lib/server/document/list-documents";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { languageName } from "@/lib/i18n/language-name";

export async function DocumentList({ documents }: { documents: DocumentSummary[] }) {
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  if (documents.length === 0) return <p className="muted">{t("home.empty")}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="table-scroll">
      <table className="documents">
        <thead>
          <tr>
            <th scope="col">{t("home.columns.title")}</th>
            <th scope="col">{t("home.columns.corpus")}</th>
            <th scope="col">{t("home.columns.languages")}</th>
            <th scope="col">{t("home.columns.rows")}</th>
            <th scope="col">{t("home.columns.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>
                <Link href={`/documents/${d.id}`} dir="auto">
                  {d.title}
                </Link>
              </td>
              <td>
                <Link href={`/corpora/${d.corpusId}`} dir="auto">
                  {d.corpus}
                </Link>
              </td>
              <td>
                <LangBadges langs={d.langs} nameOf={(lang) => languageName(t, lang)} />
              </td>
              <td>
                <ProgressBar confirmed={d.confirmed} total={d.rows} label={t("home.confirmedCount", { confirmed: number.format(d.confirmed), rows: number.format(d.rows) })} />
              </td>
              <td>
                <time dateTime={d.updatedAt}>{date.format(new Date(d.updatedAt))}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
