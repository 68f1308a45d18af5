import { after } from "next/server";
import { DocumentList } from "@/components/document-list";
import { ImportForm } from "@/components/import-form";
import { ParallelImportForm } from "@/components/parallel-import-form";
import { can } from "@/lib/core/auth/roles";
import { MAX_TEXT_BYTES } from "@/lib/core/import";
import { supportedLanguages } from "@/lib/core/lang/languages";
import { getDb } from "@/lib/db/client";
import { listDocuments } from "@/lib/server/document/list-documents";
import { primeImportThreads } from "@/lib/server/document/prime-import";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const user = await requirePageUser("document.read", "/");
  // While the user picks files, the import's threads start and warm up (not awaited: the page is already sent).
  if (can(user.role, "document.import")) after(() => void primeImportThreads());
  const [t, documents] = await Promise.all([getServerT(await getRequestLocale()), getDb().then(listDocuments)]);
  return (
    <>
      <section className="panel" aria-labelledby="documents-heading">
        <h1 id="documents-heading">{t("home.title")}</h1>
        <DocumentList documents={documents} />
      </section>
      <section className="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">{t("import.title")}</h2>
        <p className="hint">{t("import.intro")}</p>
        <ImportForm languages={supportedLanguages()} maxTextBytes={MAX_TEXT_BYTES} />
      </section>
      <section className="panel" aria-labelledby="parallel-import-heading">
        <h2 id="parallel-import-heading">{t("parallelImport.title")}</h2>
        <p className="hint">{t("parallelImport.intro")}</p>
        <ParallelImportForm />
      </section>
    </>
  );
}
