import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ColumnOrder } from "@/components/column-order";
import { ExportPanel } from "@/components/export-panel";
import { TextCards } from "@/components/text-cards";
import { Workbench } from "@/components/workbench/workbench";
import { can } from "@/lib/core/auth/roles";
import { getDb } from "@/lib/db/client";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { getDocumentHead } from "@/lib/server/document/get-document-head";
import { getDocumentLayout } from "@/lib/server/document/get-document-layout";
import { loadItems } from "@/lib/server/document/load-items";
import type { DocumentHeadView } from "@/lib/server/document/views";
import { undoState } from "@/lib/server/editing/undo-edit";
import { AppError } from "@/lib/server/errors";
import { latestCursor } from "@/lib/server/review/list-changes";

export const dynamic = "force-dynamic";

type Props = PageProps<"/documents/[id]">;

/** Rows rendered with the page; the rest load as they scroll into view. */
const FIRST_ITEMS = 40;

// generateMetadata and the page both need the head: cache() makes it one load per request.
const loadHead = cache(async (rawId: string): Promise<DocumentHeadView> => {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== rawId) notFound();
  try {
    return await getDocumentHead(await getDb(), id);
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
  const head = await loadHead((await props.params).id);
  return { title: head.title };
}

/** `?cols=fa,en,ar` orders the columns; languages it leaves out follow in import order. */
function columnOrder(head: DocumentHeadView, requested: string | string[] | undefined): string[] {
  const langs = head.texts.map((t) => t.lang);
  const wanted = (Array.isArray(requested) ? requested.join(",") : (requested ?? "")).split(",").filter((l) => langs.includes(l));
  return [...new Set([...wanted, ...langs])];
}

export default async function DocumentPage(props: Props) {
  const user = await requirePageUser("document.read", await returnPath(props));
  const [head, query] = await Promise.all([loadHead((await props.params).id), props.searchParams]);
  const db = await getDb();
  const actorId = user.id;
  const layout = await getDocumentLayout(db, head.id);
  // A link to one row (?item=r12, from search) renders the page around it.
  const target = typeof query.item === "string" ? layout.items.indexOf(query.item) : -1;
  const from = Math.max(0, target - 5);
  const [items, cursor, undo] = await Promise.all([
    loadItems(db, head.id, layout.items.slice(from, from + FIRST_ITEMS)),
    latestCursor(db, head.id),
    undoState(db, { documentId: head.id, actorId }),
  ]);
  const columns = columnOrder(head, query.cols);
  return (
    <>
      <div className="workbench-head">
        <h1 dir="auto">{head.title}</h1>
        <ColumnOrder columns={columns} />
      </div>
      <TextCards texts={head.texts} />
      <Workbench
        documentId={head.id}
        layout={layout}
        initialItems={items}
        progress={head.progress}
        columns={columns}
        dirs={Object.fromEntries(head.texts.map((t) => [t.lang, t.dir]))}
        viewer={{ canEdit: can(user.role, "document.edit"), canDecide: can(user.role, "row.decide") }}
        undo={undo}
        cursor={Number(cursor)}
        initialItem={typeof query.item === "string" && /^[pr]\d+$/.test(query.item) ? query.item : null}
      />
      <ExportPanel documents={[head.id]} langs={head.texts.map((t) => t.lang)} />
    </>
  );
}
