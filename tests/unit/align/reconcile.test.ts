import { describe, expect, it } from "vitest";
import { reconcile } from "@/lib/core/align/reconcile";

const link = (source: number[], target: number[], score = 0.9) => ({ source, target, score });

describe("reconcile", () => {
  it("groups pivot units that any pairwise alignment keeps together", () => {
    const rows = reconcile({
      pivot: "en",
      pivotSize: 3,
      pairs: new Map([
        ["fa", [link([0, 1], [0], 0.95), link([2], [1])]],
        ["ar", [link([0], [0], 0.97), link([1], [1], 0.8), link([2], [2, 3])]],
      ]),
      disagreement: 0.35,
    });
    expect(rows.map((row) => row.cells)).toEqual([
      { en: [0, 1], fa: [0], ar: [0, 1] },
      { en: [2], fa: [1], ar: [2, 3] },
    ]);
    // A row is as sure as its weakest link: its links are doubtful together, so their product would count one doubt
    // several times.
    expect(rows.map((row) => row.score)).toEqual([0.8, 0.9].map((x) => expect.closeTo(x)));
  });

  it("pairs units that have no pivot counterpart through the non-pivot texts' own alignment", () => {
    const rows = reconcile({
      pivot: "en",
      pivotSize: 1,
      pairs: new Map([
        ["fa", [link([], [0]), link([0], [1])]],
        ["ar", [link([], [0]), link([], [1]), link([0], [2])]],
      ]),
      cross: { langs: ["fa", "ar"], links: [link([], [0], 0.8), link([0], [1]), link([1], [2])] },
      disagreement: 0.35,
    });
    expect(rows.map((row) => row.cells)).toEqual([
      { en: [], fa: [], ar: [0] },
      { en: [], fa: [0], ar: [1] },
      { en: [0], fa: [1], ar: [2] },
    ]);
  });

  it("lowers the score of a row on which the third alignment disagrees", () => {
    const input = {
      pivot: "en",
      pivotSize: 2,
      pairs: new Map([
        ["fa", [link([0], [0]), link([1], [1])]],
        ["ar", [link([0], [0]), link([1], [1])]],
      ]),
      disagreement: 0.35,
    };
    const agreeing = reconcile({ ...input, cross: { langs: ["fa", "ar"], links: [link([0], [0]), link([1], [1])] } });
    const disagreeing = reconcile({ ...input, cross: { langs: ["fa", "ar"], links: [link([0], [0, 1]), link([1], [])] } });
    expect(agreeing.map((row) => row.score)).toEqual([0.9, 0.9].map((x) => expect.closeTo(x)));
    expect(disagreeing.map((row) => row.score)).toEqual([0.9 * 0.35, 0.9 * 0.35].map((x) => expect.closeTo(x)));
  });
});
