// `npm run bench:term-flags`: what the term base costs the server on long documents. The demo term base over the
// demo article repeated to N rows: the first flags of a document (load, match, flags), the same again from the
// cache (what every later request pays: the fingerprint queries), one screen of rows, a row's suggestion; then a
// 100,000-concept CSV import in one transaction. The database is the embedded one, served by this process, in memory
// (or the PostgreSQL server in DATABASE_URL).
//   BENCH_TERM_ROWS=1000,7000 BENCH_TERM_IMPORT=100000 npm run bench:term-flags
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeDb, getDb } from "@/lib/db/client";
import { serveEmbedded } from "@/lib/db/embedded";
import { importDocument } from "@/lib/server/document/import-document";
import { annotateDocument, annotateRows, suggestForRow } from "@/lib/server/terms/annotate-rows";
import { importTerms } from "@/lib/server/terms/import-terms";

const DEMO = join(process.cwd(), "prisma", "demo");
const rowTargets = (process.env.BENCH_TERM_ROWS ?? "1000,7000").split(",").map(Number);
const importSize = Number(process.env.BENCH_TERM_IMPORT ?? 100_000);
/** The demo article has 28 rows. */
const DEMO_ROWS = 28;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

async function main(): Promise<void> {
  let close = async () => {};
  if (!process.env.DATABASE_URL) {
    const embedded = await serveEmbedded(null, "bench:term-flags");
    process.env.DATABASE_URL = embedded.url;
    close = () => embedded.close();
  }
  try {
    const db = await getDb();
    const slug = `bench-terms-${Date.now().toString(36)}`;
    const corpus = await db.corpus.create({ data: { slug, name: slug }, select: { id: true } });
    await importTerms(db, { content: readFileSync(join(DEMO, "termbase.tbx"), "utf8"), corpusId: corpus.id, actorId: null, approve: true });
    console.log("rows    first flags ms   cached flags ms   40 rows ms   suggestion ms   flags    marks");
    for (const target of rowTargets) {
      const repeat = Math.max(1, Math.round(target / DEMO_ROWS));
      const texts = (["en", "fa", "ar"] as const).map((lang) => ({
        lang,
        role: lang === "en" ? ("translation" as const) : ("original" as const),
        format: "plain" as const,
        content: { kind: "text" as const, text: Array.from({ length: repeat }, () => readFileSync(join(DEMO, `letter-article.${lang}.txt`), "utf8")).join("\n\n") },
      }));
      const { documentId, rows } = await importDocument(db, { corpusSlug: slug, texts });
      const [all, firstMs] = await timed(() => annotateDocument(db, documentId));
      const [, cachedMs] = await timed(() => annotateDocument(db, documentId));
      const screen = (await db.alignmentRow.findMany({ where: { documentId }, orderBy: { position: "asc" }, take: 40, select: { id: true } })).map((r) => r.id);
      const [, screenMs] = await timed(() => annotateRows(db, documentId, screen));
      const flagged = all.flags[0]?.rowId ?? screen[0]!;
      const [, suggestMs] = await timed(() => suggestForRow(db, flagged));
      console.log(
        `${String(rows).padStart(4)}   ${String(firstMs).padStart(14)}   ${String(cachedMs).padStart(15)}   ${String(screenMs).padStart(10)}   ${String(suggestMs).padStart(13)}   ${String(all.flags.length).padStart(5)}   ${String(all.marks.length).padStart(6)}`,
      );
    }

    const lines = ["concept_id,concept_label,lang,term,status"];
    for (let i = 0; i < importSize; i++) lines.push(`c${i},concept ${i},en,term number ${i},preferred`, `c${i},concept ${i},fa,اصطلاح ${i},admitted`);
    const other = await db.corpus.create({ data: { slug: `${slug}-import`, name: "import" }, select: { id: true } });
    const [result, importMs] = await timed(() => importTerms(db, { content: `${lines.join("\n")}\n`, corpusId: other.id, actorId: null, approve: true }));
    console.log(`import of ${result.created} concepts (${result.renderingsCreated} renderings) in one transaction: ${importMs} ms`);
    await closeDb();
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
