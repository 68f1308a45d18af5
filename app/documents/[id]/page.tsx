import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AlignmentTable } from "@/components/alignment-table";
import { ColumnOrder } from "@/components/column-order";
import { RealignButton } from "@/components/realign-button";
import { TextCards } from "@/components/text-cards";
import { getDb } from "@/lib/db/client";
import { getWorkbench, type WorkbenchView } from "@/lib/server/document/get-workbench";
import { AppError } from "@/lib/server/errors";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const dynamic = "force-dynamic";

type Props = PageProps<"/documents/[id]">;

// generateMetadata and the page both need the view: cache() makes it one load per request.
const load = cache(async (rawId: string): Promise<WorkbenchView> => {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  try {
    return await getWorkbench(await getDb(), id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

/** Where sign-in brings the user back to: this document, with its column order. */
async function returnPath({ params, searchParams }: Props): Promise<string> {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const cols = Array.isArray(query.cols) ? query.cols.join(",") : query.cols;
  return `/documents/${encodeURIComponent(id)}${cols ? `?cols=${encodeURIComponent(cols)}` : ""}`;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await requirePageUser("document.read", await returnPath(props)); // the title is the document's: not for strangers
  const view = await load((await props.params).id);
  return { title: view.document.title };
}

/** `?cols=fa,en,ar` orders the columns; languages it leaves out follow in import order. */
function columnOrder(view: WorkbenchView, requested: string | string[] | undefined): string[] {
  const langs = view.texts.map((t) => t.lang);
  const wanted = (Array.isArray(requested) ? requested.join(",") : (requested ?? "")).split(",").filter((l) => langs.includes(l));
  return [...new Set([...wanted, ...langs])];
}

export default async function DocumentPage(props: Props) {
  const { params, searchParams } = props;
  await requirePageUser("document.read", await returnPath(props));
  const [view, query, t] = await Promise.all([load((await params).id), searchParams, getServerT(await getRequestLocale())]);
  const columns = columnOrder(view, query.cols);
  return (
    <>
      <div className="workbench-head">
        <h1 dir="auto">{view.document.title}</h1>
        <div className="toolbar">
          <ColumnOrder columns={columns} />
          <RealignButton documentId={view.document.id} />
        </div>
      </div>
      <TextCards texts={view.texts} />
      <p className="muted" data-testid="row-summary">
        {t("workbench.summary", { rows: view.counts.rows, confirmed: view.counts.confirmed, rejected: view.counts.rejected, doubtful: view.counts.doubtful })}
      </p>
      <AlignmentTable view={view} columns={columns} />
    </>
  );
}
