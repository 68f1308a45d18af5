// A bilingual dictionary in the dictd format (FreeDict's, as Debian installs it) read as one more lexicon of the
// aligner: the files read, the entries kept, the signal's pairs of languages, a pair's alignment with and without
// it, and the machine's folder as the command line and the worker threads find it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dictionaryFromDictd, readDictd, type Dictionary } from "@/lib/core/align";
import { preparePair, prepareText } from "@/lib/core/align/align-pair";
import { dictionaryLexiconFor, dictionarySignal, translationsFor } from "@/lib/core/align/signals/dictionary";
import { unitTokens } from "@/lib/core/align/signals/signal";
import { alignTexts } from "@/lib/core/jobs/align-texts";
import { dictionaryDir, systemDictionaries } from "@/lib/system-dictionaries";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const base64 = (n: number): string => (n < 64 ? BASE64[n]! : base64(Math.floor(n / 64)) + BASE64[n % 64]);

/** A dictd index and .dict of `entries`, each written as dictfmt writes FreeDict's: the headword's line, then its body. */
function dictd(entries: ReadonlyArray<readonly [string, string]>): { index: string; dict: Uint8Array } {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [encoder.encode("00-database-info\nA test dictionary.\n")];
  const lines = [`00databaseinfo\tA\t${base64(chunks[0]!.length)}`];
  let offset = chunks[0]!.length;
  for (const [headword, body] of entries) {
    const bytes = encoder.encode(`${headword} /ˈtest/\n${body}\n`);
    lines.push(`${headword}\t${base64(offset)}\t${base64(bytes.length)}`);
    chunks.push(bytes);
    offset += bytes.length;
  }
  const dict = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    dict.set(chunk, at);
    at += chunk.length;
  }
  return { index: `${lines.sort().join("\n")}\n`, dict };
}

const ENTRIES = [
  ["falcon", "الصقر"],
  ["anchor", "1. مرساة\n2. المذيع (في التلفزيون)، مقدم البرامج"],
  ["mercy", "الرحمة، الشفقة، رأفة"],
  ["Mercy", "العفو"],
  ["A-bomb", "القنبلة الذرية"],
  ["ABC", "الأبجدية"],
  ["letter", "حرف يسبق الكلمة ويعني"],
  ["radio", "راديو - FM"],
  ["wheat", "القمح"],
  ["upon", "على"],
  ["is", "هل"],
] as const;

describe("readDictd", () => {
  it("reads each entry at its offset, multibyte text and all, and leaves the index's own entries out", () => {
    const { index, dict } = dictd(ENTRIES);
    const entries = readDictd(index, dict);
    expect(entries.map((entry) => entry.headword).sort()).toEqual(ENTRIES.map(([headword]) => headword).sort());
    expect(entries.find((entry) => entry.headword === "anchor")!.definition).toBe("1. مرساة\n2. المذيع (في التلفزيون)، مقدم البرامج\n");
    expect(readDictd(index, dict, (headword) => headword === "wheat")).toEqual([{ headword: "wheat", definition: "القمح\n" }]);
  });

  it("skips a line whose offset is not base 64 or reaches past the file", () => {
    const { index, dict } = dictd([["wheat", "القمح"]]);
    const broken = `${index}chaff\t!!\tB\nstraw\tA\t${base64(dict.length + 1)}\n`;
    expect(readDictd(broken, dict).map((entry) => entry.headword)).toEqual(["wheat"]);
  });
});

describe("dictionaryFromDictd", () => {
  const { index, dict } = dictd(ENTRIES);
  const dictionary = dictionaryFromDictd("test-eng-ara", index, dict, "en", "ar");
  const renderings = (headword: string) => [...translationsFor(dictionary, headword)];

  it("keeps a word's translations of one or two words, numbered or listed, without what stands in brackets", () => {
    expect(renderings("falcon")).toEqual(["صقر"]);
    expect(renderings("anchor")).toEqual(["مرساة", "مذيع", "مقدم البرامج"]);
    expect(renderings("wheat")).toEqual(["قمح"]);
  });

  it("drops the article of a translation's first word, unless fewer than three letters would be left", () => {
    // The matcher strips an article off a word of the text, not off an entry: القمح would never meet قمح.
    const { index: godIndex, dict: godDict } = dictd([["god", "اللّه، الإله"], ["love", "الحبّ، المحبة"], ["idolatry", "العبادة الوثنية"]]);
    const gods = dictionaryFromDictd("test", godIndex, godDict, "en", "ar");
    expect([...translationsFor(gods, "god")]).toEqual(["اللّه", "إله"]);
    expect([...translationsFor(gods, "love")]).toEqual(["الحبّ", "محبة"]);
    expect([...translationsFor(gods, "idolatry")]).toEqual(["عبادة الوثنية"]);
  });

  it("merges a headword's entries whatever their case", () => {
    // In the index's order, where "Mercy" sorts first.
    expect(renderings("mercy")).toEqual(["عفو", "رحمة", "شفقة", "رأفة"]);
  });

  it("drops abbreviations, compounds, function words, glosses and translations mixed with Latin letters", () => {
    expect([...dictionary.definitions.keys()].sort()).toEqual(["anchor", "falcon", "letter", "mercy", "radio", "wheat"]);
    expect(renderings("letter")).toEqual([]);
    expect(renderings("radio")).toEqual([]);
  });

  it("gives a text only the entries its words can match, plurals included, in the dictionary's order", () => {
    const english = prepareText({ lang: "en", units: ["Falcons and anchors.", "A letter on the radio about wheat."] });
    const lexicon = dictionaryLexiconFor(dictionary, english);
    expect(lexicon.entries.map((entry) => entry.renderings.map((rendering) => rendering.text))).toEqual([
      ["anchor", "مرساة", "مذيع", "مقدم البرامج"],
      ["falcon", "صقر"],
      ["wheat", "قمح"],
    ]);
  });
});

describe("the dictionary's signal", () => {
  const dictionary: Dictionary = { name: "test", langs: ["en", "ar"], definitions: new Map([["falcon", "صقر"]]) };
  const english = prepareText({ lang: "en", units: ["The falcon flew.", "It rained."] });
  const arabic = prepareText({ lang: "ar", units: ["طار الصقر.", "أمطرت."] });
  const persian = prepareText({ lang: "fa", units: ["شاهین پرواز کرد.", "باران آمد."] });

  it("keys a word and its translation alike, a clitic glued to the Arabic word, and only in its pair of languages", () => {
    const signal = dictionarySignal(dictionary, english, arabic)!;
    expect(dictionarySignal(dictionary, arabic, english)).toBe(signal);
    const tokens = unitTokens(signal, "The falcon flew over the hills.", "en").flat();
    expect(tokens).toHaveLength(1);
    expect(unitTokens(signal, "وحلق الصقر فوق التلال.", "ar").flat()).toEqual(tokens);
    expect(dictionarySignal(dictionary, english, persian)).toBeNull();
  });

  it("matches an English verb's inflected forms to the translation of its headword", () => {
    // Dictionaries give a verb in its base form; scripture writes "created", "createth", "creating".
    const verbs: Dictionary = { name: "test", langs: ["en", "ar"], definitions: new Map([["create", "خلق"]]) };
    const text = prepareText({ lang: "en", units: ["God created the heaven.", "He createth; creating."] });
    const signal = dictionarySignal(verbs, text, arabic)!;
    const arabicTokens = unitTokens(signal, "خلق الله السماء.", "ar").flat();
    expect(arabicTokens).toHaveLength(1);
    for (const english of ["God created the heaven.", "He createth all things.", "creating"]) {
      expect(unitTokens(signal, english, "en").flat()).toEqual(arabicTokens);
    }
  });

  it("matches a translation the dictionary writes with the article where the text has none", () => {
    // FreeDict: "worship" العبادة; the text: عبادة الأوثان "the worship of idols", a construct without the article.
    const worship: Dictionary = { name: "test", langs: ["en", "ar"], definitions: new Map([["worship", "العبادة"]]) };
    const signal = dictionarySignal(worship, prepareText({ lang: "en", units: ["The worship of idols."] }), arabic)!;
    const englishTokens = unitTokens(signal, "The worship of idols.", "en").flat();
    expect(englishTokens).toHaveLength(1);
    expect(unitTokens(signal, "عبادة الأوثان.", "ar").flat()).toEqual(englishTokens);
    expect(unitTokens(signal, "وكانت العبادة باطلة.", "ar").flat()).toEqual(englishTokens);
  });

  it("is one signal of a pair's anchor table when given", () => {
    const tokens = (dictionaries?: Dictionary[]) =>
      preparePair(english, arabic, { dictionaries }).extracted.find((extracted) => extracted.signal.id === "dictionary")?.target.types.length ?? 0;
    expect(tokens([dictionary])).toBe(1);
    expect(tokens()).toBe(0);
  });

  it("tells which paragraph a translation left out when the lengths cannot", () => {
    // Three English paragraphs of about the same length, the middle one left out of the Arabic: only the words say
    // which. None of these words is in the built-in word list or the shipped corpus pairs.
    const words: Array<[string, string]> = [
      ["falcon", "صقر"],
      ["cliff", "جرف"],
      ["harvest", "حصاد"],
      ["barley", "شعير"],
      ["lighthouse", "منارة"],
      ["shipwreck", "حطام"],
    ];
    const texts = { name: "test", langs: ["en", "ar"] as const, definitions: new Map(words) };
    const english = {
      lang: "en",
      units: [
        "A falcon nested on the cliff above the bay.",
        "The barley harvest was gathered before the rains came.",
        "The lighthouse keeper watched the shipwreck from afar.",
      ],
    };
    const arabic = { lang: "ar", units: ["عشش صقر على الجرف فوق الخليج.", "راقب حارس المنارة الحطام من بعيد."] };
    const shapes = (dictionaries: Dictionary[]) =>
      alignTexts(english, arabic, { dictionaries }).links.map(({ source, target }) => ({ source, target }));
    expect(shapes([texts])).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [] },
      { source: [2], target: [1] },
    ]);
    // Without it the first paragraph is the one left out: the dictionary's words are what decide.
    expect(shapes([])[0]).toEqual({ source: [0], target: [] });
  });
});

describe("the machine's dictionaries", () => {
  const folders: string[] = [];
  const folder = (files: Record<string, string | Uint8Array>) => {
    const dir = mkdtempSync(join(tmpdir(), "dictd-"));
    folders.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  const { index, dict } = dictd(ENTRIES);

  it("reads FreeDict's English-Arabic from DICTIONARY_DIR, compressed or not, for a pair of English and Arabic only", () => {
    const packed = folder({ "freedict-eng-ara.index": index, "freedict-eng-ara.dict.dz": gzipSync(dict) });
    const [found, ...rest] = systemDictionaries(["en", "ar-EG"], { DICTIONARY_DIR: packed });
    expect(rest).toEqual([]);
    expect(found!.name).toBe("freedict-eng-ara");
    expect(found!.langs).toEqual(["en", "ar"]);
    expect([...found!.definitions.keys()].sort()).toEqual(["anchor", "falcon", "letter", "mercy", "radio", "wheat"]);
    expect(systemDictionaries(["en", "fa"], { DICTIONARY_DIR: packed })).toEqual([]);
    expect(systemDictionaries(["fa", "ar"], { DICTIONARY_DIR: packed })).toEqual([]);
    const plain = folder({ "freedict-eng-ara.index": index, "freedict-eng-ara.dict": dict });
    expect(systemDictionaries(["ar", "en"], { DICTIONARY_DIR: plain })[0]!.definitions).toEqual(found!.definitions);
  });

  it("reads the dictionary from Arabic to English when that is the one installed", () => {
    const reverse = dictd([["صقر", "falcon, hawk"], ["على", "upon, on"]]);
    const dir = folder({ "freedict-ara-eng.index": reverse.index, "freedict-ara-eng.dict": reverse.dict });
    const [found] = systemDictionaries(["en", "ar"], { DICTIONARY_DIR: dir });
    expect(found!.langs).toEqual(["ar", "en"]);
    expect(found!.definitions.size).toBe(2);
    expect(translationsFor(found!, "صقر")).toEqual(["falcon", "hawk"]);
    // A function word is no translation either way.
    expect(translationsFor(found!, "على")).toEqual([]);
  });

  it("finds none in an empty folder or when turned off, and aligns without a damaged one, saying so", () => {
    expect(systemDictionaries(["en", "ar"], { DICTIONARY_DIR: folder({}) })).toEqual([]);
    expect(dictionaryDir({ DICTIONARY_DIR: "none" })).toBeNull();
    expect(dictionaryDir({})).toBe("/usr/share/dictd");
    expect(systemDictionaries(["en", "ar"], { DICTIONARY_DIR: "none" })).toEqual([]);
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const damaged = folder({ "freedict-eng-ara.index": index, "freedict-eng-ara.dict.dz": new Uint8Array([1, 2, 3]) });
    expect(systemDictionaries(["en", "ar"], { DICTIONARY_DIR: damaged })).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("freedict-eng-ara could not be read"));
    warn.mockRestore();
  });
});
