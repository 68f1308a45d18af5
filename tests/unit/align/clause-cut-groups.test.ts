import { describe, expect, it } from "vitest";
import { Band } from "@/lib/core/align/band";
import { BEAD_COUNT, BEADS, DEFAULT_PARAMS } from "@/lib/core/align/model";
import type { SentenceKeys } from "@/lib/core/align/sentence-keys";
import { initialLengthModel, lengthCostOf } from "@/lib/core/align/signals/length";
import { StopsBuilder, writeSentenceCosts } from "@/lib/core/align/signals/sentence-length";

// One English sentence of 80 letters with a clause break ("...this day:") after 20, against two Arabic paragraphs:
// the first clause's one sentence (12 letters), then the rest in three sentences of 12. The true 1-2 bead cuts the
// English sentence at its clause and pairs the rest with the three sentences, as the ordinary sentence groups pair one
// sentence with up to three. (The Arabic Bible splits the King James' colon-joined verses so.)
function source() {
  const builder = new StopsBuilder();
  builder.addUnit(80, [20], [true]);
  return builder.build();
}
function target() {
  const builder = new StopsBuilder();
  builder.addUnit(12, [], []);
  builder.addUnit(36, [12, 24], [false, false]);
  return builder.build();
}

const params = DEFAULT_PARAMS;
const length = initialLengthModel(80, 48, params);
const band = new Band(1, 2, Int32Array.from([0, 0]), Int32Array.from([2, 2]));
const oneTwo = BEADS.findIndex(([a, b]) => a === 1 && b === 2);

function costOfOneTwo(joinShift = 0, keys?: SentenceKeys): number {
  const costs = new Float32Array(band.size * BEAD_COUNT).fill(Infinity);
  writeSentenceCosts(band, source(), target(), length, params, costs, undefined, keys, joinShift);
  return costs[band.cell(1, 2) * BEAD_COUNT + oneTwo]!;
}

describe("a sentence cut at a clause to meet the other side's paragraph end", () => {
  const cost = lengthCostOf(length);
  const { one, three, clause } = params.sentence;
  const cutPath = params.beadCost[oneTwo]! + clause + one + cost(20, 12) + three + cost(60, 36);

  it("pairs the rest of the sentence with three sentences of the other side", () => {
    expect(costOfOneTwo()).toBeCloseTo(cutPath, 4);
  });

  it("moves that join by the document's join rate, as a join inside a paragraph", () => {
    expect(costOfOneTwo(-1)).toBeCloseTo(cutPath - 1, 4);
  });

  it("takes off the rare keys the sentence shares with the sentences of each piece", () => {
    // Key 0 is in the English sentence and the first Arabic one, key 1 in the English sentence and the last.
    const keys: SentenceKeys = {
      source: { start: Int32Array.from([0, 2]), keys: Int32Array.from([0, 1]) },
      target: { start: Int32Array.from([0, 1, 1, 1, 2]), keys: Int32Array.from([0, 1]) },
      weight: Float64Array.from([0.5, 0.25]),
    };
    expect(costOfOneTwo(0, keys)).toBeCloseTo(cutPath - params.sentence.lexical * 0.75, 4);
  });
});
