// The demo document against its hand-checked gold (prisma/demo/gold.json): import finds the clutter, and the
// aligner reproduces every gold row, including the merges, splits and the Persian-only lead paragraph.
import { describe, expect, it } from "vitest";
import { alignDocument } from "@/lib/core/align";
import { decodeUpload, parseText } from "@/lib/core/import";
import { DEMO_LANGS, demoBytes, demoGold } from "../../support/demo";

const gold = demoGold();
const parsed = Object.fromEntries(DEMO_LANGS.map((lang) => [lang, parseText(decodeUpload(demoBytes(lang)), { lang, format: "plain" })]));

describe("the demo document", () => {
  it("has the gold's paragraphs and clutter", () => {
    for (const lang of DEMO_LANGS) {
      const kinds = parsed[lang]!.paragraphs.map((p) => p.kind);
      expect(kinds.flatMap((k, i) => (k === "boilerplate" ? [i] : []))).toEqual(gold.boilerplate[lang]);
    }
    expect(gold.rows.filter((r) => DEMO_LANGS.some((l) => (r[l] ?? []).length !== 1)).length).toBeGreaterThanOrEqual(6);
  });

  it("aligns exactly as the gold says", () => {
    // Body paragraphs only, remembering each one's index in its file (the gold's numbering).
    const body = DEMO_LANGS.map((lang) => ({
      lang,
      indices: parsed[lang]!.paragraphs.flatMap((p, i) => (p.kind === "boilerplate" ? [] : [i])),
      units: parsed[lang]!.paragraphs.filter((p) => p.kind !== "boilerplate").map((p) => p.text),
    }));
    const { rows, status } = alignDocument(body, { pivot: "en" });
    expect(status).toBe("ok");
    const asFileIndices = rows.map((row) => Object.fromEntries(body.map((t) => [t.lang, (row.cells[t.lang] ?? []).map((u) => t.indices[u]!)])));
    expect(asFileIndices).toEqual(gold.rows.map((r) => Object.fromEntries(DEMO_LANGS.map((l) => [l, r[l] ?? []]))));
  });
});
