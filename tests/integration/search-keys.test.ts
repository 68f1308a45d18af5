// Search keys against the real database: a parallel import stores them as it writes, and keys a migration reset are
// filled again. The database is shared with other test files, so every check looks at this file's own paragraphs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchKey } from "@/lib/core/text/search-key";
import type { Db } from "@/lib/db/client";
import { importParallel } from "@/lib/server/import/import-parallel";
import { fillSearchKeys } from "@/lib/server/search/search-keys";
import { searchParagraphs } from "@/lib/server/search/search-paragraphs";
import { closeDb, testDb, uniqueName } from "../support/db";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(closeDb);

/** A TSV of three rows; the marker makes its paragraphs the only ones a search for it finds. */
async function importTsv(marker: string): Promise<number> {
  const tsv = [`The ${marker} regime.\tرژیم ${marker} صهیونیستی`, `Peace be upon him.\tعَلَيْهِ السَّلَامُ ${marker}`, `ـــ\tـــ`].join("\n");
  const result = await importParallel(db, { files: [{ name: "pairs.tsv", bytes: Buffer.from(`${tsv}\n`) }], langs: ["en", "fa"], corpusSlug: uniqueName("keys") });
  return result.documentId;
}

async function storedKeys(documentId: number) {
  return db.paragraph.findMany({ where: { textRef: { documentId } }, orderBy: { id: "asc" }, select: { id: true, text: true, searchText: true } });
}

describe("search keys", () => {
  it("a parallel import stores each paragraph's key with its text", async () => {
    const documentId = await importTsv(`zx${Date.now() % 1000}`);
    const paragraphs = await storedKeys(documentId);
    expect(paragraphs).toHaveLength(6);
    for (const p of paragraphs) expect(p.searchText).toBe(searchKey(p.text));
    expect(paragraphs.filter((p) => p.searchText !== "")).toHaveLength(4);
  });

  it("keys a migration reset are filled again, a text of only tatweel as a blank key, and search finds them", async () => {
    const marker = `qk${process.pid}`;
    const documentId = await importTsv(marker);
    const ids = (await storedKeys(documentId)).map((p) => p.id);
    await db.paragraph.updateMany({ where: { id: { in: ids } }, data: { searchText: "" } });

    expect(await fillSearchKeys(db)).toBeGreaterThanOrEqual(6);
    const filled = await storedKeys(documentId);
    for (const p of filled) expect(p.searchText).toBe(searchKey(p.text) || " ");
    expect(filled.filter((p) => p.searchText === " ")).toHaveLength(2);

    // Vowel marks and Arabic letter forms do not matter to a search.
    const { hits } = await searchParagraphs(db, { query: `السلام ${marker}` });
    expect(hits.map((h) => h.paragraphId)).toEqual([filled[3]!.id]);
  });
});
