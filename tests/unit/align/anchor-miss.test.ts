// A name or a word that a text mentions once, in one paragraph and in its translation nearby, is an anchor: a link that
// pairs either paragraph with something else leaves it unmatched, and its counterpart is right there, which says more
// against that link than an ordinary miss (ModelParams.anchorMiss). A paragraph the translator split in two whose
// first half is short is otherwise easily given to the link of the paragraph before it.
import { describe, expect, it } from "vitest";
import { alignedShapes } from "./helpers";

// John 1:28-34 in the King James Version (1769) and the Van Dyck Arabic (1865), both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed 1).
// The Arabic lacks 1:29 and cuts the English paragraph of 1:30-31 in two after 1:30, a short paragraph of its own.
const JOHN = {
  en: [
    "These things were done in Bethabara beyond Jordan, where John was baptizing. The next day John seeth Jesus coming unto him, and saith, Behold the Lamb of God, which taketh away the sin of the world.",
    "This is he of whom I said, After me cometh a man which is preferred before me: for he was before me. And I knew him not: but that he should be made manifest to Israel, therefore am I come baptizing with water.",
    "And John bare record, saying, I saw the Spirit descending from heaven like a dove, and it abode upon him. And I knew him not: but he that sent me to baptize with water, the same said unto me, Upon whom thou shalt see the Spirit descending, and remaining on him, the same is he which baptizeth with the Holy Ghost. And I saw, and bare record that this is the Son of God.",
  ],
  ar: [
    "هذا كان في بيت عبرة في عبر الاردن حيث كان يوحنا يعمد",
    "هذا هو الذي قلت عنه يأتي بعدي رجل صار قدامي لانه كان قبلي.",
    "وانا لم اكن اعرفه. لكن ليظهر لاسرائيل لذلك جئت اعمد بالماء.",
    "وشهد يوحنا قائلا اني قد رأيت الروح نازلا مثل حمامة من السماء فاستقر عليه. وانا لم اكن اعرفه. لكن الذي ارسلني لاعمد بالماء ذاك قال لي الذي ترى الروح نازلا ومستقرا عليه فهذا هو الذي يعمد بالروح القدس. وانا قد رأيت وشهدت ان هذا هو ابن الله",
  ],
};

describe("an anchor left unmatched", () => {
  it("keeps the short first half of a split paragraph with its other half", () => {
    expect(alignedShapes(JOHN, "ar")).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1, 2] },
      { source: [2], target: [3] },
    ]);
  });

  it("costing no more than any other miss where the common words say less, the first half went with the paragraph before it", () => {
    // The English's verbs (seeth, cometh, baptizing) are read as the word list's base forms, which tells this pair
    // alone; with the common words at half their weight and their misses at their earlier price (0.15), and without
    // the word pairs learned from the corpus, which hold these verses (signals/corpus-words.ts), the anchor decides.
    const model = { anchorMiss: 0, signalMiss: { common: 0.15 }, signalWeight: { common: 0.4 } };
    expect(alignedShapes(JOHN, "ar", { model, corpusWords: null })).toContainEqual({ source: [0], target: [0, 1] });
    expect(alignedShapes(JOHN, "ar", { model: { ...model, anchorMiss: 0.5 }, corpusWords: null })).toContainEqual({ source: [1], target: [1, 2] });
  });

  it("is not needed here once common words' misses cost what they say (0.3 a word)", () => {
    expect(alignedShapes(JOHN, "ar", { model: { anchorMiss: 0 } })).toContainEqual({ source: [1], target: [1, 2] });
  });
});
