// Word pairs learned from a parallel corpus (signals/corpus-words.ts): learned as a document's words are, shipped,
// and read by both passes of every pair whose languages they hold.
import { describe, expect, it } from "vitest";
import { formatCorpusWords, learnCorpusWords, parseCorpusWords, shippedCorpusWords } from "@/lib/core/align";
import { preparePair, prepareText } from "@/lib/core/align/align-pair";
import { corpusWordsSignals } from "@/lib/core/align/signals/corpus-words";
import { unitTokens } from "@/lib/core/align/signals/signal";
import { foldForMatching } from "@/lib/core/text/fold";

// Ninety-six sentence pairs: each names one of twelve things in one of eight frames. A frame's words are in one
// sentence in eight, too many to tell sentences apart (CORPUS_LEARN.maxShare), a thing's in one in twelve. The
// built-in word list knows the last two things.
const THINGS = [
  ["lantern", "فانوس"],
  ["saddle", "سرج"],
  ["anchor", "مرساة"],
  ["violin", "كمان"],
  ["carpet", "سجادة"],
  ["kettle", "غلاية"],
  ["compass", "بوصلة"],
  ["helmet", "خوذة"],
  ["barrel", "برميل"],
  ["needle", "إبرة"],
  ["water", "ماء"],
  ["house", "بيت"],
] as const;
const UNLISTED = THINGS.slice(0, 10);
const FRAMES = [
  ["We saw the %s yesterday.", "رأينا ال%s أمس."],
  ["Where is the %s now?", "أين ال%s الآن؟"],
  ["They spoke of the %s at length.", "تحدثوا عن ال%s طويلا."],
  ["Nobody has forgotten the %s.", "لم ينس أحد ال%s."],
  ["A song about the %s was sung.", "غنيت أغنية عن ال%s."],
  ["Look at the %s over there.", "انظر إلى ال%s هناك."],
  ["The children drew the %s.", "رسم الأطفال ال%s."],
  ["Everyone praised the %s.", "أثنى الجميع على ال%s."],
] as const;
const CORPUS = THINGS.flatMap(([en, ar]) => FRAMES.map(([fe, fa]) => ({ en: fe.replace("%s", en), ar: fa.replace("%s", ar) })));

describe("learnCorpusWords", () => {
  it("pairs each word with its rendering, and neither with another's", () => {
    const [learned] = learnCorpusWords(CORPUS, "en", ["ar"]);
    expect(learned).toBeDefined();
    const en = learned!.pairs.get("en")!;
    const ar = learned!.pairs.get("ar")!;
    for (const [english, arabic] of UNLISTED) {
      expect(en.get(english)).toBeDefined();
      // Folded for matching, as the document's learned words read it (ة as ه, ي as ی).
      expect(ar.get(foldForMatching(`ال${arabic}`))).toBe(en.get(english));
    }
    // Left to the word list, which keys them already.
    for (const word of ["water", "house"]) expect(en.get(word)).toBeUndefined();
    // In many sentences: says little about which sentence is which.
    for (const word of ["the", "saw", "yesterday"]) expect(en.get(word)).toBeUndefined();
  });

  it("learns nothing for a language the segments lack", () => {
    expect(learnCorpusWords(CORPUS, "en", ["fa"])).toEqual([]);
  });

  it("reads back what it wrote", () => {
    const learned = learnCorpusWords(CORPUS, "en", ["ar"]);
    const text = formatCorpusWords(learned);
    expect(parseCorpusWords(text)).toEqual(learned);
    expect(text.split("\n")[0]).toBe("en\tar");
  });
});

describe("the corpus words' signal", () => {
  const words = parseCorpusWords("en\tar\neagles\tنسور\ncarcase\tجثه\n\nen\tfa\neagles\tعقابها");

  it("keys a word and its rendering alike, clitics and all, in the pair of languages it was learned for", () => {
    const [enAr, enFa] = corpusWordsSignals(words);
    const english = unitTokens(enAr!, "there will the eagles be gathered", "en").flat();
    const arabic = unitTokens(enAr!, "فهناك تجتمع النسور", "ar").flat();
    expect(english).toHaveLength(1);
    expect(arabic).toEqual(english);
    expect(enAr!.appliesTo({ primary: "en" } as never, { primary: "ar" } as never)).toBe(true);
    expect(enFa!.appliesTo({ primary: "en" } as never, { primary: "ar" } as never)).toBe(false);
  });

  it("is read by a pair's alignment unless the caller says none", () => {
    const en = prepareText({ lang: "en", units: ["The sun shone.", "For wheresoever the carcase is, there will the eagles be gathered together."] });
    const ar = prepareText({ lang: "ar", units: ["أشرقت الشمس.", "لانه حيثما تكن الجثّة فهناك تجتمع النسور."] });
    const corpusTokens = (options: Parameters<typeof preparePair>[2]) =>
      preparePair(en, ar, options).extracted.find((tokens) => tokens.signal.id === "corpus")?.target.types.length ?? 0;
    expect(corpusTokens({ corpusWords: words })).toBe(2);
    expect(corpusTokens({ corpusWords: null })).toBe(0);
  });

  it("ships pairs for English with Persian and with Arabic", () => {
    const shipped = shippedCorpusWords();
    expect(shipped.map((learned) => [...learned.pairs.keys()])).toEqual([
      ["en", "fa"],
      ["en", "ar"],
    ]);
    for (const learned of shipped) expect(learned.size).toBeGreaterThan(500);
  });
});
