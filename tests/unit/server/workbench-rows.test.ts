import { describe, expect, it } from "vitest";
import { layoutWorkbenchRows, type ParagraphView } from "@/lib/server/document/workbench-rows";

const p = (id: number, position: number, kind: ParagraphView["kind"] = "BODY"): ParagraphView => ({ id, position, text: `p${id}`, kind, version: 1 });

describe("layoutWorkbenchRows", () => {
  it("puts clutter where it stands in its own text, between the rows around it", () => {
    const out = layoutWorkbenchRows({
      langs: ["en", "fa"],
      paragraphs: {
        en: [p(1, 0, "BOILERPLATE"), p(2, 1), p(3, 2), p(4, 3, "BOILERPLATE"), p(5, 4), p(6, 5, "BOILERPLATE")],
        fa: [p(11, 0), p(12, 1)],
      },
      rows: [
        { id: 100, status: "AUTO", score: 0.9, version: 1, replaced: false, paragraphIds: [2, 11] },
        { id: 101, status: "CONFIRMED", score: 1, version: 2, replaced: false, paragraphIds: [3, 5, 12] },
      ],
    });
    expect(out.map((r) => (r.type === "aligned" ? `row${r.id}` : `${r.lang}:${r.paragraph.id}`))).toEqual(["en:1", "row100", "row101", "en:4", "en:6"]);
    const merged = out[2]!;
    expect(merged.type === "aligned" && merged.cells.en!.map((x) => x.id)).toEqual([3, 5]);
  });

  it("shows a paragraph in no row as loose, and empty cells as empty lists", () => {
    const out = layoutWorkbenchRows({
      langs: ["en", "ar"],
      paragraphs: { en: [p(1, 0), p(2, 1)], ar: [p(21, 0)] },
      rows: [{ id: 7, status: "AUTO", score: 0.5, version: 1, replaced: false, paragraphIds: [2] }],
    });
    expect(out[0]).toMatchObject({ type: "loose", lang: "en", paragraph: { id: 1 } });
    expect(out[1]).toMatchObject({ type: "aligned", cells: { en: [{ id: 2 }], ar: [] } });
    expect(out[2]).toMatchObject({ type: "loose", lang: "ar", paragraph: { id: 21 } });
  });

  it("shows a replaced rejected row with its old grouping, and its paragraphs again in the rows that hold them now", () => {
    const out = layoutWorkbenchRows({
      langs: ["en", "fa"],
      paragraphs: { en: [p(1, 0), p(2, 1)], fa: [p(11, 0), p(12, 1)] },
      rows: [
        { id: 50, status: "REJECTED", score: 0.4, version: 3, replaced: true, paragraphIds: [1, 2, 11] },
        { id: 51, status: "AUTO", score: 0.9, version: 1, replaced: false, paragraphIds: [1, 11] },
        { id: 52, status: "AUTO", score: 0.9, version: 1, replaced: false, paragraphIds: [2, 12] },
      ],
    });
    expect(out.map((r) => (r.type === "aligned" ? `row${r.id}` : `${r.lang}:${r.paragraph.id}`))).toEqual(["row50", "row51", "row52"]);
    expect(out[0]).toMatchObject({ replaced: true, status: "REJECTED", cells: { en: [{ id: 1 }, { id: 2 }], fa: [{ id: 11 }] } });
  });
});
