// The demo document with the demo term base (prisma/demo/termbase.tbx, approved) in a corpus of its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importDocument } from "@/lib/server/document/import-document";
import { importTerms } from "@/lib/server/terms/import-terms";
import { testDb, uniqueName } from "./db";
import { DEMO_DIR, demoTexts } from "./demo";

export const demoTermBase = () => readFileSync(join(DEMO_DIR, "termbase.tbx"), "utf8");

export async function importDemoWithTerms(): Promise<{ documentId: number; corpusId: number }> {
  const db = await testDb();
  const corpus = await db.corpus.create({ data: { slug: uniqueName("terms"), name: "terms" }, select: { id: true, slug: true } });
  await importTerms(db, { content: demoTermBase(), corpusId: corpus.id, actorId: null, approve: true });
  const { documentId } = await importDocument(db, { corpusSlug: corpus.slug, texts: demoTexts() });
  return { documentId, corpusId: corpus.id };
}

/** The intro row: the one whose English begins with the letter to the Leader. */
export async function introRow(documentId: number): Promise<{ rowId: number; paragraphId: number; version: number; text: string }> {
  const db = await testDb();
  const paragraph = await db.paragraph.findFirstOrThrow({
    where: { textRef: { documentId, lang: "en" }, text: { startsWith: "In a letter to Leader of the Islamic Revolution" } },
    select: { id: true, version: true, text: true, cell: { select: { rowId: true } } },
  });
  return { rowId: paragraph.cell!.rowId, paragraphId: paragraph.id, version: paragraph.version, text: paragraph.text };
}
