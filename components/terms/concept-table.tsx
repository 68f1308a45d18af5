// Concepts as a table: label (a link to the concept), domain, state, and the renderings per language with their
// status. Rendered on the server; the strings arrive translated.
import type { TFunction } from "i18next";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ConceptView } from "@/lib/server/terms/concept-view";
import { textAttributes } from "./text-direction";

export function ConceptTable({ concepts, t, actions }: { concepts: ConceptView[]; t: TFunction; actions?: (concept: ConceptView) => ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="documents term-table">
        <thead>
          <tr>
            <th scope="col">{t("terms.form.label")}</th>
            <th scope="col">{t("terms.form.domain")}</th>
            <th scope="col">{t("terms.form.renderings")}</th>
            <th scope="col">{t("terms.state")}</th>
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{t("terms.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {concepts.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/terms/${c.id}`} dir="auto">
                  {c.label}
                </Link>
                {c.corpusId === null && <span className="muted"> · {t("terms.shared")}</span>}
              </td>
              <td dir="auto">{c.domain}</td>
              <td>
                <ul className="term-renderings-list">
                  {c.renderings.map((r) => (
                    <li key={r.id}>
                      <span className="lang-badge">{r.lang}</span>
                      <span {...textAttributes(r.lang)} className={`term-text ${r.status}`}>
                        {r.text}
                      </span>{" "}
                      <span className={`term-status ${r.status}`}>{t(`terms.statuses.${r.status}`)}</span>
                      {r.state === "proposed" && <span className="term-state proposed">{t("terms.states.proposed")}</span>}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <span className={`term-state ${c.state}`}>{t(`terms.states.${c.state}`)}</span>
              </td>
              {actions && <td>{actions(c)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
