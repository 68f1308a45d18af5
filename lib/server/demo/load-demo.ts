// Loads the demo document (prisma/demo) into a database that has no documents, once per installation:
// deleting it afterwards sticks. The demo term base (termbase.tbx, approved) goes in first, in its own transaction:
// the document's import has its own, and with the terms already stored its first alignment uses them as anchors
// and it opens with flags. A failed document import leaves the terms, which the next attempt merges into (no twins).
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { importDocument } from "@/lib/server/document/import-document";
import { importTerms } from "@/lib/server/terms/import-terms";

const ZManifestSchema = z.object({
  corpus: z.object({ slug: z.string(), name: z.string(), description: z.string().default("") }),
  document: z.object({ title: z.string() }),
  texts: z.array(
    z.object({
      lang: z.string(),
      file: z.string(),
      role: z.enum(["original", "translation"]),
      title: z.string().default(""),
      sourceUrl: z.string().nullable().default(null),
      publisher: z.string().nullable().default(null),
      publishedAt: z.string().nullable().default(null),
    }),
  ),
});

const DEMO_SETTING = "demo.loadedAt";
const TERM_BASE_FILE = "termbase.tbx";

export function demoDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "demo");
}

function readManifest(dir: string): z.infer<typeof ZManifestSchema> {
  return ZManifestSchema.parse(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")));
}

/** The demo document's texts as they are imported: each one's language and bytes. */
export function readDemoTexts(dir = demoDir()): Array<{ lang: string; bytes: Uint8Array }> {
  return readManifest(dir).texts.map((t) => ({ lang: t.lang, bytes: readFileSync(join(dir, t.file)) }));
}

export async function loadDemoIfEmpty(db: Db, dir = demoDir()): Promise<{ loaded: false } | { loaded: true; documentId: number }> {
  const [documents, marker] = await Promise.all([db.document.count(), db.setting.findUnique({ where: { key: DEMO_SETTING } })]);
  if (documents > 0 || marker) return { loaded: false };

  const manifest = readManifest(dir);
  const corpus = await db.corpus.upsert({
    where: { slug: manifest.corpus.slug },
    create: manifest.corpus,
    update: {},
    select: { id: true },
  });
  if (existsSync(join(dir, TERM_BASE_FILE))) {
    await importTerms(db, { content: readFileSync(join(dir, TERM_BASE_FILE), "utf8"), corpusId: corpus.id, actorId: null, approve: true });
  }
  const { documentId } = await importDocument(db, {
    title: manifest.document.title,
    corpusSlug: manifest.corpus.slug,
    texts: manifest.texts.map((t) => ({
      lang: t.lang,
      role: t.role,
      format: "plain",
      content: { kind: "bytes", bytes: readFileSync(join(dir, t.file)), fileName: t.file },
      title: t.title,
      sourceUrl: t.sourceUrl ?? undefined,
      publisher: t.publisher ?? undefined,
      publishedAt: t.publishedAt ?? undefined,
    })),
  });
  await db.setting.create({ data: { key: DEMO_SETTING, value: { at: new Date().toISOString(), documentId } } });
  return { loaded: true, documentId };
}
