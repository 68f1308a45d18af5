import { describe, expect, it } from "vitest";
import { layoutWorkbenchRows, type LayoutEntry } from "@/lib/server/document/workbench-rows";

const p = (id: number, position: number) => ({ id, position });
const names = (out: LayoutEntry[]) => out.map((e) => (e.type === "row" ? `row${e.id}` : `${e.lang}:${e.paragraphId}`));

describe("layoutWorkbenchRows", () => {
  it("puts paragraphs in no row where they stand in their own text, between the rows around them", () => {
    const out = layoutWorkbenchRows({
      langs: ["en", "fa"],
      paragraphs: { en: [p(1, 0), p(2, 1), p(3, 2), p(4, 3), p(5, 4), p(6, 5)], fa: [p(11, 0), p(12, 1)] },
      rows: [
        { id: 100, replaced: false, paragraphIds: [2, 11] },
        { id: 101, replaced: false, paragraphIds: [3, 5, 12] },
      ],
    });
    expect(names(out)).toEqual(["en:1", "row100", "row101", "en:4", "en:6"]);
  });

  it("shows a paragraph in no row as loose, in its text's order", () => {
    const out = layoutWorkbenchRows({ langs: ["en", "ar"], paragraphs: { en: [p(1, 0), p(2, 1)], ar: [p(21, 0)] }, rows: [{ id: 7, replaced: false, paragraphIds: [2] }] });
    expect(names(out)).toEqual(["en:1", "row7", "ar:21"]);
  });

  it("puts a replaced rejected row before the rows that hold its paragraphs now, without laying them out twice", () => {
    const out = layoutWorkbenchRows({
      langs: ["en", "fa"],
      paragraphs: { en: [p(1, 0), p(2, 1)], fa: [p(11, 0), p(12, 1)] },
      rows: [
        { id: 50, replaced: true, paragraphIds: [1, 2, 11] },
        { id: 51, replaced: false, paragraphIds: [1, 11] },
        { id: 52, replaced: false, paragraphIds: [2, 12] },
      ],
    });
    expect(names(out)).toEqual(["row50", "row51", "row52"]);
  });
});
