// How a concept was rendered across the corpus: per language each rendering with its count and links to the rows,
// and per document a bar of rendering shares (plain CSS: a bar per language, a segment per rendering). Rendered on
// the server; the strings arrive translated.
import type { TFunction } from "i18next";
import Link from "next/link";
import type { ConceptUsage } from "@/lib/server/terms/concept-usage";
import { textAttributes } from "./text-direction";
import { languageName } from "@/lib/i18n/language-name";

/** Segment colours by rendering status, then by order: preferred greens, admitted blues, deprecated reds. */
const PALETTE: Record<string, string[]> = {
  preferred: ["#1b7f5a", "#3fa57e", "#7cc8a6"],
  admitted: ["#2f6db5", "#5b92d1", "#93b9e6"],
  deprecated: ["#b3363f", "#d2646b", "#e79ca0"],
};

/** At most this many row links per rendering and document; the CSV has them all. */
const MAX_LINKS = 30;

export function ConceptUsageView({ usage, t, locale }: { usage: ConceptUsage; t: TFunction; locale: string }) {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const colourOf = new Map<number, string>();
  for (const language of usage.languages) {
    const used: Record<string, number> = {};
    for (const r of language.renderings) {
      const shades = PALETTE[r.status] ?? PALETTE.admitted!;
      colourOf.set(r.renderingId, shades[(used[r.status] = (used[r.status] ?? -1) + 1) % shades.length]!);
    }
  }
  const renderingOf = new Map(usage.languages.flatMap((l) => l.renderings.map((r) => [r.renderingId, { ...r, lang: l.lang }] as const)));

  if (usage.languages.length === 0) return <p className="muted">{t("terms.usage.none")}</p>;
  return (
    <>
      {usage.languages.map((language) => (
        <section key={language.lang} aria-labelledby={`usage-${language.lang}`}>
          <h3 id={`usage-${language.lang}`}>
            {languageName(t, language.lang)} · {t("terms.usage.occurrences", { count: language.count, formatted: number.format(language.count) })}
          </h3>
          <div className="table-scroll">
            <table className="documents">
              <thead>
                <tr>
                  <th scope="col">{t("terms.usage.rendering")}</th>
                  <th scope="col">{t("terms.form.status")}</th>
                  <th scope="col">{t("terms.usage.count")}</th>
                  <th scope="col">{t("terms.usage.rows")}</th>
                </tr>
              </thead>
              <tbody>
                {language.renderings.map((r) => (
                  <tr key={r.renderingId}>
                    <td>
                      <span className="term-swatch" style={{ background: colourOf.get(r.renderingId) }} aria-hidden="true" />
                      <span {...textAttributes(language.lang)}>{r.text}</span>
                    </td>
                    <td>
                      <span className={`term-status ${r.status}`}>{t(`terms.statuses.${r.status}`)}</span>
                    </td>
                    <td>{number.format(r.count)}</td>
                    <td>
                      {usage.documents.map((d) => {
                        const here = d.counts.find((c) => c.renderingId === r.renderingId);
                        if (!here) return null;
                        return (
                          <div key={d.id} className="term-row-links">
                            <span dir="auto">{d.title}</span>:{" "}
                            {here.rowIds.slice(0, MAX_LINKS).map((rowId, i) => (
                              <span key={rowId}>
                                {i > 0 && " "}
                                <Link href={`/documents/${d.id}?item=r${rowId}`}>{t("terms.usage.row", { id: rowId })}</Link>
                              </span>
                            ))}
                            {here.rowIds.length > MAX_LINKS && <span className="muted"> {t("terms.usage.more", { count: here.rowIds.length - MAX_LINKS })}</span>}
                          </div>
                        );
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <section aria-labelledby="usage-chart-heading">
        <h3 id="usage-chart-heading">{t("terms.usage.chart")}</h3>
        <p className="hint">{t("terms.usage.chartHint")}</p>
        <div className="term-chart">
          {usage.documents.map((d) => {
            const byLang = new Map<string, Array<{ renderingId: number; count: number }>>();
            for (const c of d.counts) byLang.set(c.lang, [...(byLang.get(c.lang) ?? []), c]);
            return (
              <div key={d.id} className="term-chart-document">
                <div className="term-chart-title">
                  <Link href={`/documents/${d.id}`} dir="auto">
                    {d.title}
                  </Link>
                </div>
                {[...byLang].sort(([a], [b]) => a.localeCompare(b)).map(([lang, counts]) => {
                  const total = counts.reduce((n, c) => n + c.count, 0);
                  return (
                    <div key={lang} className="term-chart-bar-row">
                      <span className="lang-badge">{lang}</span>
                      <div className="term-chart-bar" role="img" aria-label={counts.map((c) => `${renderingOf.get(c.renderingId)?.text ?? ""}: ${percent.format(c.count / total)}`).join(", ")}>
                        {counts.map((c) => (
                          <span
                            key={c.renderingId}
                            className="term-chart-segment"
                            style={{ flexGrow: c.count, background: colourOf.get(c.renderingId) }}
                            title={`${renderingOf.get(c.renderingId)?.text ?? ""}: ${number.format(c.count)} (${percent.format(c.count / total)})`}
                          />
                        ))}
                      </div>
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        <ul className="term-legend">
          {[...renderingOf.values()].map((r) => (
            <li key={r.renderingId}>
              <span className="term-swatch" style={{ background: colourOf.get(r.renderingId) }} aria-hidden="true" />
              <span {...textAttributes(r.lang)}>{r.text}</span> <span className="lang-badge">{r.lang}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
