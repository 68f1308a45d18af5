import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ConceptEditor } from "@/components/terms/concept-editor";
import { ConceptMergeForm } from "@/components/terms/concept-merge-form";
import { ConceptUsageView } from "@/components/terms/concept-usage-view";
import "@/components/terms/terms.css";
import { getDb } from "@/lib/db/client";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { AppError } from "@/lib/server/errors";
import { getConcept } from "@/lib/server/terms/get-concept";
import { getConceptUsage } from "@/lib/server/terms/concept-usage";
import type { ConceptView } from "@/lib/server/terms/concept-view";
import { canApproveTerms } from "@/lib/server/terms/term-rights";

export const dynamic = "force-dynamic";

type Props = PageProps<"/terms/[id]">;

const loadConcept = cache(async (rawId: string): Promise<ConceptView> => {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== rawId) notFound();
  try {
    return await getConcept(await getDb(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  await requirePageUser("document.read", `/terms/${encodeURIComponent(id)}`);
  return { title: (await loadConcept(id)).label };
}

export default async function ConceptPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser("document.read", `/terms/${encodeURIComponent(id)}`);
  const concept = await loadConcept(id);
  const locale = await getRequestLocale();
  const t = await getServerT(locale);
  const db = await getDb();
  const canApprove = canApproveTerms(user);
  const [usage, targets] = await Promise.all([
    getConceptUsage(db, concept.id),
    canApprove
      ? db.termConcept.findMany({
          where: { id: { not: concept.id }, OR: [{ corpusId: null }, ...(concept.corpusId === null ? [] : [{ corpusId: concept.corpusId }])] },
          orderBy: { label: "asc" },
          take: 1000,
          select: { id: true, label: true },
        })
      : Promise.resolve([]),
  ]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <section className="panel" aria-labelledby="concept-heading">
        <p>
          <a href="/terms">{t("terms.backToList")}</a>
        </p>
        <h1 id="concept-heading" dir="auto">
          {concept.label}
        </h1>
        <p className="muted">
          <span className={`term-state ${concept.state}`}>{t(`terms.states.${concept.state}`)}</span>{" "}
          {concept.proposedBy && t("terms.proposedBy", { name: concept.proposedBy })}{" "}
          {concept.approvedBy && concept.approvedAt && t("terms.approvedBy", { name: concept.approvedBy, at: date.format(new Date(concept.approvedAt)) })}
        </p>
        <ConceptEditor
          key={concept.updatedAt}
          concept={{
            id: concept.id,
            label: concept.label,
            note: concept.note,
            domain: concept.domain,
            state: concept.state,
            updatedAt: concept.updatedAt,
            renderings: concept.renderings.map((r) => ({ id: r.id, lang: r.lang, text: r.text, status: r.status, note: r.note, state: r.state })),
          }}
          canApprove={canApprove}
          canDelete={canApprove || (concept.state === "proposed" && concept.proposedBy === user.name)}
        />
      </section>

      <section className="panel" aria-labelledby="usage-heading">
        <div className="workbench-head">
          <h2 id="usage-heading">{t("terms.usage.title")}</h2>
          <a className="button small" href={`/api/terms/${concept.id}/usage.csv`} download>
            {t("terms.usage.csv")}
          </a>
        </div>
        <p className="hint">{t("terms.usage.hint")}</p>
        <ConceptUsageView usage={usage} t={t} locale={locale} />
      </section>

      {canApprove && targets.length > 0 && (
        <section className="panel">
          <ConceptMergeForm conceptId={concept.id} targets={targets} />
        </section>
      )}
    </>
  );
}
