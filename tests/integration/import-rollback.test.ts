// The import writes the paragraphs while the rows' sentences are still being aligned: a sentence pass that fails
// after that must take the paragraphs, texts and document back with it.
import { afterAll, describe, expect, it, vi } from "vitest";
import { importDocument } from "@/lib/server/document/import-document";
import { demoTexts } from "../support/demo";
import { closeDb, testDb, uniqueName } from "../support/db";

const planning = vi.hoisted(() => ({ fail: false, started: 0 }));

vi.mock("@/lib/worker/plan", async (original) => {
  const actual = await original<typeof import("@/lib/worker/plan")>();
  return {
    ...actual,
    planRowsOnThreads: async (...args: Parameters<typeof actual.planRowsOnThreads>) => {
      planning.started++;
      const rows = await actual.planRowsOnThreads(...args);
      if (!planning.fail || !rows.ok) return rows;
      return {
        ...rows,
        withSentences: async () => {
          // Long enough for the transaction to have written the texts and their paragraphs.
          await new Promise((resolve) => setTimeout(resolve, 500));
          throw new Error("worker crashed");
        },
      };
    },
  };
});

afterAll(closeDb);

async function stored(corpusSlug: string) {
  const db = await testDb();
  const corpus = await db.corpus.findUnique({ where: { slug: corpusSlug }, select: { id: true } });
  return {
    corpus: corpus ? 1 : 0,
    documents: await db.document.count({ where: { corpus: { slug: corpusSlug } } }),
    texts: await db.text.count({ where: { document: { corpus: { slug: corpusSlug } } } }),
    paragraphs: await db.paragraph.count({ where: { textRef: { document: { corpus: { slug: corpusSlug } } } } }),
  };
}

describe("a sentence pass that fails during the write", () => {
  it("stores nothing, and the same texts import afterwards", async () => {
    const db = await testDb();
    const corpusSlug = uniqueName("rollback");
    planning.fail = true;
    const error = await importDocument(db, { title: "Demo", corpusSlug, texts: demoTexts() }).catch((e: unknown) => e);
    planning.fail = false;
    expect(planning.started).toBe(1);
    expect((error as Error).message).toBe("worker crashed");
    expect(await stored(corpusSlug)).toEqual({ corpus: 0, documents: 0, texts: 0, paragraphs: 0 });

    const { documentId } = await importDocument(db, { title: "Demo", corpusSlug, texts: demoTexts() });
    const counts = await stored(corpusSlug);
    expect(counts.documents).toBe(1);
    expect(counts.texts).toBe(3);
    expect(await db.alignmentRow.count({ where: { documentId } })).toBeGreaterThan(0);
  });
});
