// The aligner's term-base signal reads what the term base stores: approved concepts only, and a concept added
// after the import changes the next re-align.
import { afterAll, describe, expect, it } from "vitest";
import { loadLexicon } from "@/lib/server/alignment/load-lexicon";
import { realignDocument } from "@/lib/server/alignment/realign-document";
import { importDocument } from "@/lib/server/document/import-document";
import { importTerms } from "@/lib/server/terms/import-terms";
import { closeDb, testDb, uniqueName } from "../support/db";

afterAll(closeDb);

const TERMS = "concept_label,lang,term,status\nolive harvest,en,olive harvest,preferred\nolive harvest,fa,برداشت زیتون,preferred\n";

// Two English paragraphs of the same shape and one Persian one: which English paragraph it translates, only the
// words say, and none of them but the term's is in the aligner's built-in word list.
const EN = ["The olive harvest was carried out with care.", "The chess contest was carried out with care."];
const FA = "برداشت زیتون با دقت انجام شد.";

async function pairing(documentId: number): Promise<string[]> {
  const db = await testDb();
  const rows = await db.alignmentRow.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { score: true, cells: { select: { paragraph: { select: { text: true, textRef: { select: { lang: true } } } } } } },
  });
  return rows.map((r) => r.cells.map((c) => `${c.paragraph.textRef.lang}:${c.paragraph.text.slice(0, 12)}`).sort().join(" + ") + ` @${r.score}`);
}

describe("term base and aligner", () => {
  it("gives the aligner approved concepts only", async () => {
    const db = await testDb();
    const corpus = await db.corpus.create({ data: { slug: uniqueName("lexicon"), name: "lexicon" }, select: { id: true } });
    await importTerms(db, { content: TERMS, corpusId: corpus.id, actorId: null, approve: false });
    expect((await loadLexicon(db, corpus.id)).entries).toEqual([]);
    await db.termConcept.updateMany({ where: { corpusId: corpus.id }, data: { state: "APPROVED" } });
    await db.termRendering.updateMany({ where: { concept: { corpusId: corpus.id } }, data: { state: "APPROVED" } });
    const entries = (await loadLexicon(db, corpus.id)).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.renderings.map((r) => r.text).sort()).toEqual(["olive harvest", "برداشت زیتون"].sort());
  });

  it("a concept added after the import changes the next re-align", async () => {
    const db = await testDb();
    const slug = uniqueName("realign-terms");
    const corpus = await db.corpus.create({ data: { slug, name: slug }, select: { id: true } });
    const { documentId } = await importDocument(db, {
      corpusSlug: slug,
      texts: [
        { lang: "en", role: "translation", format: "plain", content: { kind: "text", text: EN.join("\n\n") } },
        { lang: "fa", role: "original", format: "plain", content: { kind: "text", text: FA } },
      ],
    });
    const before = await pairing(documentId);
    await importTerms(db, { content: TERMS, corpusId: corpus.id, actorId: null, approve: true });
    await realignDocument(db, { documentId });
    const after = await pairing(documentId);
    // On a text this small the aligner keeps its grouping (one row of all three), but the anchor it now finds
    // changes the row's score: the concept reached the re-align.
    expect(after).not.toEqual(before);
  });
});
