import type { Metadata } from "next";
import { ApproveButton } from "@/components/terms/approve-button";
import { ConceptCreateForm } from "@/components/terms/concept-create-form";
import { ConceptTable } from "@/components/terms/concept-table";
import { CorpusSelect } from "@/components/terms/corpus-select";
import { TermImportForm } from "@/components/terms/term-import-form";
import "@/components/terms/terms.css";
import { can } from "@/lib/core/auth/roles";
import { getDb } from "@/lib/db/client";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { AppError } from "@/lib/server/errors";
import { listConcepts } from "@/lib/server/terms/list-concepts";
import { resolveCorpus } from "@/lib/server/terms/resolve-corpus";
import { canApproveTerms } from "@/lib/server/terms/term-rights";
import { firstParam } from "@/lib/http/search-params";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getServerT(await getRequestLocale()))("terms.title") };
}


export default async function TermsPage({ searchParams }: PageProps<"/terms">) {
  const query = await searchParams;
  const q = firstParam(query.q)?.slice(0, 200) ?? "";
  const corpusRef = firstParam(query.corpus) ?? "";
  const page = Math.max(0, Math.min(10_000, Number(firstParam(query.page) ?? 0) || 0));
  const returnTo = `/terms${q || corpusRef ? `?${new URLSearchParams({ ...(q ? { q } : {}), ...(corpusRef ? { corpus: corpusRef } : {}) })}` : ""}`;
  const user = await requirePageUser("document.read", returnTo);
  const t = await getServerT(await getRequestLocale());
  const db = await getDb();
  const canApprove = canApproveTerms(user);
  const canPropose = can(user.role, "document.edit");

  let corpusId: number | null | undefined;
  try {
    corpusId = corpusRef === "" ? undefined : await resolveCorpus(db, corpusRef);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    corpusId = undefined;
  }
  const [corpora, found, pending] = await Promise.all([
    db.corpus.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true } }),
    listConcepts(db, { q, corpusId, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    listConcepts(db, { state: "proposed", limit: 200 }),
  ]);
  const pageHref = (n: number) => `/terms?${new URLSearchParams({ ...(q ? { q } : {}), ...(corpusRef ? { corpus: corpusRef } : {}), page: String(n) })}`;
  const exportQuery = corpusId === undefined ? "" : `&corpus=${corpusId === null ? "shared" : corpusId}`;

  return (
    <>
      <section className="panel" aria-labelledby="terms-heading">
        <h1 id="terms-heading">{t("terms.title")}</h1>
        <p className="hint">{t("terms.intro")}</p>
        <form className="row-inline" role="search" action="/terms">
          <label>
            {t("terms.search")}
            <input type="search" name="q" defaultValue={q} dir="auto" placeholder={t("terms.searchPlaceholder")} />
          </label>
          <CorpusSelect label={t("terms.corpus")} corpora={corpora} allLabel={t("terms.allCorpora")} sharedLabel={t("terms.sharedOnly")} name="corpus" defaultValue={corpusRef} />
          <button type="submit" className="button">
            {t("terms.searchSubmit")}
          </button>
        </form>
        <p className="muted" role="status">
          {t("terms.found", { count: found.total })}
        </p>
        {found.concepts.length > 0 && <ConceptTable concepts={found.concepts} t={t} />}
        <nav className="toolbar" aria-label={t("terms.pages")}>
          {page > 0 && (
            <a className="button small" href={pageHref(page - 1)}>
              {t("terms.previous")}
            </a>
          )}
          {(page + 1) * PAGE_SIZE < found.total && (
            <a className="button small" href={pageHref(page + 1)}>
              {t("terms.next")}
            </a>
          )}
        </nav>
      </section>

      <section className="panel" aria-labelledby="pending-heading">
        <h2 id="pending-heading">{t("terms.pending.title")}</h2>
        {pending.concepts.length === 0 ? (
          <p className="muted">{t("terms.pending.none")}</p>
        ) : (
          <>
            <p className="hint">{t(canApprove ? "terms.pending.hintReviewer" : "terms.pending.hintTranslator")}</p>
            <ConceptTable concepts={pending.concepts} t={t} actions={canApprove ? (c) => <ApproveButton conceptId={c.id} /> : undefined} />
          </>
        )}
      </section>

      {canPropose && (
        <section className="panel">
          <ConceptCreateForm corpora={corpora} canApprove={canApprove} />
        </section>
      )}

      <section className="panel">
        <TermImportForm corpora={corpora} />
      </section>

      <section className="panel" aria-labelledby="export-terms-heading">
        <h2 id="export-terms-heading">{t("terms.export.title")}</h2>
        <p className="hint">{t("terms.export.hint")}</p>
        <div className="toolbar">
          <a className="button" href={`/api/terms/export?format=tbx${exportQuery}`} download>
            {t("terms.export.tbx")}
          </a>
          <a className="button" href={`/api/terms/export?format=tbx-basic${exportQuery}`} download>
            {t("terms.export.tbxBasic")}
          </a>
          <a className="button" href={`/api/terms/export?format=csv${exportQuery}`} download>
            {t("terms.export.csv")}
          </a>
        </div>
      </section>
    </>
  );
}
