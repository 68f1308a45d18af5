import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DocumentList } from "@/components/document-list";
import { ExportPanel } from "@/components/export-panel";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getCorpus, type CorpusView } from "@/lib/server/document/get-corpus";
import { listDocuments } from "@/lib/server/document/list-documents";
import { AppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

type Props = PageProps<"/corpora/[id]">;

const loadCorpus = cache(async (rawId: string): Promise<CorpusView> => {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== rawId) notFound();
  try {
    return await getCorpus(await getDb(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  await requirePageUser("document.read", `/corpora/${encodeURIComponent(id)}`);
  return { title: (await loadCorpus(id)).name };
}

export default async function CorpusPage({ params }: Props) {
  const { id } = await params;
  await requirePageUser("document.read", `/corpora/${encodeURIComponent(id)}`);
  const corpus = await loadCorpus(id);
  const documents = await listDocuments(await getDb(), { corpusId: corpus.id, limit: 1000 });
  return (
    <>
      <section className="panel" aria-labelledby="corpus-heading">
        <h1 id="corpus-heading" dir="auto">
          {corpus.name}
        </h1>
        {corpus.description && <p dir="auto">{corpus.description}</p>}
        <DocumentList documents={documents} />
      </section>
      <ExportPanel corpus={corpus.id} langs={corpus.langs} />
    </>
  );
}
