import Link from "next/link";
import { LangBadges } from "./lang-badges";
import { ProgressBar } from "./progress-bar";
import type { CorpusSummary } from "@/lib/server/document/list-corpora";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { languageName } from "@/lib/i18n/language-name";

export async function CorpusList({ corpora }: { corpora: CorpusSummary[] }) {
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  if (corpora.length === 0) return <p className="muted">{t("corpora.empty")}</p>;
  const number = new Intl.NumberFormat(locale);
  return (
    <div className="table-scroll">
      <table className="documents">
        <thead>
          <tr>
            <th scope="col">{t("corpora.columns.name")}</th>
            <th scope="col">{t("corpora.columns.documents")}</th>
            <th scope="col">{t("corpora.columns.languages")}</th>
            <th scope="col">{t("corpora.columns.rows")}</th>
            <th scope="col">{t("corpora.columns.concepts")}</th>
          </tr>
        </thead>
        <tbody>
          {corpora.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/corpora/${c.id}`} dir="auto">
                  {c.name}
                </Link>
                {c.description && (
                  <p className="hint" dir="auto">
                    {c.description}
                  </p>
                )}
              </td>
              <td>{number.format(c.documents)}</td>
              <td>
                <LangBadges langs={c.langs} nameOf={(lang) => languageName(t, lang)} />
              </td>
              <td>
                <ProgressBar confirmed={c.confirmed} total={c.rows} label={t("home.confirmedCount", { confirmed: number.format(c.confirmed), rows: number.format(c.rows) })} />
              </td>
              <td>{number.format(c.concepts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
