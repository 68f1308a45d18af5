// The corpora page's list against the real database: each corpus's documents, languages, own term concepts, and its
// rows and confirmed rows as the documents' own progress counts them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { getProgress } from "@/lib/server/document/get-document-head";
import { listCorpora } from "@/lib/server/document/list-corpora";
import { closeDb, testDb, uniqueName } from "../support/db";
import { seedDocument } from "./parallel-fixtures";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(closeDb);

describe("listCorpora", () => {
  it("sums each corpus's documents and rows, lists its languages and counts its own concepts", async () => {
    const full = uniqueName("full");
    const first = await seedDocument(db, { title: "One", corpusSlug: full });
    const second = await seedDocument(db, { title: "Two", corpusSlug: full });
    const corpusId = (await db.corpus.findUniqueOrThrow({ where: { slug: full }, select: { id: true } })).id;
    // A text in a fourth language, and a concept of the corpus's own and one shared by all.
    await db.text.create({ data: { documentId: second, lang: "ur", direction: "RTL", role: "TRANSLATION", format: "PLAIN", raw: new Uint8Array(), rawSha256: "" } });
    await db.termConcept.create({ data: { corpusId, label: "regime" } });
    await db.termConcept.create({ data: { corpusId: null, label: "shared" } });
    const empty = uniqueName("empty");
    await db.corpus.create({ data: { slug: empty, name: empty, description: "Nothing yet" } });

    const listed = await listCorpora(db);
    const progress = await getProgress(db, [first, second]);
    const rows = progress.get(first)!.rows + progress.get(second)!.rows;
    const confirmed = progress.get(first)!.confirmed + progress.get(second)!.confirmed;
    expect(rows).toBeGreaterThan(confirmed);
    expect(confirmed).toBeGreaterThan(0);
    expect(listed.find((c) => c.name === full)).toEqual({ id: corpusId, name: full, description: "", documents: 2, langs: ["ar", "en", "fa", "ur"], concepts: 1, rows, confirmed });
    expect(listed.find((c) => c.name === empty)).toMatchObject({ description: "Nothing yet", documents: 0, langs: [], concepts: 0, rows: 0, confirmed: 0 });
  });
});
