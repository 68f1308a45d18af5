import type { Metadata } from "next";
import { CorpusList } from "@/components/corpus-list";
import { getDb } from "@/lib/db/client";
import { getRequestLocale, getServerT } from "@/lib/i18n/server";
import { requirePageUser } from "@/lib/server/auth/require-page-user";
import { listCorpora } from "@/lib/server/document/list-corpora";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getServerT(await getRequestLocale());
  return { title: t("corpora.title") };
}

export default async function CorporaPage() {
  await requirePageUser("document.read", "/corpora");
  const [t, corpora] = await Promise.all([getServerT(await getRequestLocale()), getDb().then(listCorpora)]);
  return (
    <section className="panel" aria-labelledby="corpora-heading">
      <h1 id="corpora-heading">{t("corpora.title")}</h1>
      <p className="hint">{t("corpora.intro")}</p>
      <CorpusList corpora={corpora} />
    </section>
  );
}
