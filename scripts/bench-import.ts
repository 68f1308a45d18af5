// `npm run bench:import`: what a user waits for. Imports documents of growing size (EN, FA and AR paragraphs from
// the benchmark data in ../shared/bench/data) into a throwaway embedded database through the real use case, then
// re-aligns and loads the workbench view, printing the time of each step and the process's peak memory.
//   BENCH_IMPORT_SIZES=300,1000,3000 npm run bench:import
import { loadDocuments, LANGS } from "@/bench/corpus";
import { closeDb, getDb } from "@/lib/db/client";
import { serveEmbedded } from "@/lib/db/embedded";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { getDocumentHead } from "@/lib/server/document/get-document-head";
import { getDocumentLayout } from "@/lib/server/document/get-document-layout";
import { loadItems } from "@/lib/server/document/load-items";
import { importDocument } from "@/lib/server/document/import-document";

const sizes = (process.env.BENCH_IMPORT_SIZES ?? "300,1000,3000").split(",").map(Number);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
}

async function main() {
  const segments = loadDocuments().flatMap((d) => d.segments);
  const embedded = await serveEmbedded(null, "bench:import");
  process.env.DATABASE_URL = embedded.url;
  const db = await getDb();
  console.log("paragraphs/lang  import ms  (rows)  re-align ms  workbench ms  peak RSS MB");
  for (const size of sizes) {
    const slice = segments.slice(0, size);
    const texts = LANGS.map((lang) => ({
      lang,
      role: lang === "en" ? ("translation" as const) : ("original" as const),
      format: "plain" as const,
      content: { kind: "text" as const, text: slice.map((s) => s[lang]).join("\n\n") },
    }));
    const [imported, importMs] = await timed(() => importDocument(db, { title: `bench ${size}`, corpusSlug: "bench", texts }));
    const [, realignMs] = await timed(() => realignDocument(db, { documentId: imported.documentId }));
    // What the document page loads before its first rows show: head, layout, the first page of items.
    const [, viewMs] = await timed(async () => {
      const [, layout] = await Promise.all([getDocumentHead(db, imported.documentId), getDocumentLayout(db, imported.documentId)]);
      await loadItems(db, imported.documentId, layout.items.slice(0, 40));
    });
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(`${String(slice.length).padStart(16)}  ${String(importMs).padStart(9)}  (${imported.rows})  ${String(realignMs).padStart(11)}  ${String(viewMs).padStart(12)}  ${String(peak).padStart(11)}`);
  }
  await closeDb();
  await embedded.close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
