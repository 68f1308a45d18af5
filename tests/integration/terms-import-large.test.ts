// A term file of 100,000 concepts goes in whole, in one transaction, and a file that size with one bad line leaves
// nothing behind.
import { afterAll, describe, expect, it } from "vitest";
import { importTerms } from "@/lib/server/terms/import-terms";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

const COUNT = 100_000;

function bigCsv(badLine?: number): string {
  const lines = ["concept_id,concept_label,lang,term,status"];
  for (let i = 0; i < COUNT; i++) {
    lines.push(`c${i},concept ${i},en,term number ${i},preferred`);
    lines.push(`c${i},concept ${i},${lines.length + 1 === badLine ? "zz-nope" : "fa"},اصطلاح ${i},admitted`);
  }
  return `${lines.join("\n")}\n`;
}

describe("importing 100,000 entries", () => {
  it("stores every concept and rendering", { timeout: 300_000 }, async () => {
    const db = await testDb();
    const corpus = await db.corpus.create({ data: { slug: uniqueName("big-terms"), name: "big" }, select: { id: true } });
    const result = await importTerms(db, { content: bigCsv(), corpusId: corpus.id, actorId: null, approve: true });
    expect(result).toMatchObject({ format: "csv", created: COUNT, merged: 0, refused: 0, renderingsCreated: 2 * COUNT });
    expect(await db.termRendering.count({ where: { concept: { corpusId: corpus.id } } })).toBe(2 * COUNT);
  });

  it("refuses the whole file for one bad line, naming it", { timeout: 300_000 }, async () => {
    const db = await testDb();
    const corpus = await db.corpus.create({ data: { slug: uniqueName("big-terms"), name: "big" }, select: { id: true } });
    const error = await importTerms(db, { content: bigCsv(150_001), corpusId: corpus.id, actorId: null, approve: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "validation", details: { problems: [expect.objectContaining({ field: "line 150001" })] } });
    expect(await db.termConcept.count({ where: { corpusId: corpus.id } })).toBe(0);
  });
});
