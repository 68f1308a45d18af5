import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { goldRows } from "@/bench/documents";
import { verseParagraphs } from "@/bench/issue-source";
import { loadQuran, quranSources, withStop, type QuranChapter } from "@/bench/quran";

// Two chapters in quran-json's shape (dist/quran_en.json): the Uthmani text and Sahih International's English.
const CHAPTERS: QuranChapter[] = [
  {
    id: 1,
    verses: [
      { text: "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ", translation: "In the name of Allah, the Entirely Merciful, the Especially Merciful" },
      { text: "ٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ", translation: "[All] praise is [due] to Allah, Lord of the worlds -" },
      { text: "ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ", translation: "The Entirely Merciful, the Especially Merciful," },
    ],
  },
  {
    id: 112,
    verses: [
      { text: "قُلۡ هُوَ ٱللَّهُ أَحَدٌ", translation: "Say, \"He is Allah, [who is] One" },
      { text: "ٱللَّهُ ٱلصَّمَدُ", translation: "Allah, the Eternal Refuge" },
      { text: "لَمۡ يَلِدۡ وَلَمۡ يُولَدۡ", translation: "He neither begets nor is born. Nor is there to Him any equivalent" },
    ],
  },
];

// One folder for the run's files, taken away after it: the suite runs on every test and CI run.
const folder = mkdtempSync(join(tmpdir(), "quran-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

function file(content: string): string {
  const path = join(folder, `quran_en.${++files}.json`);
  writeFileSync(path, content);
  return path;
}

describe("the Quran check (bench/quran.ts)", () => {
  it("reads quran-json's file and says so when given another", () => {
    expect(loadQuran(file(JSON.stringify(CHAPTERS)))).toEqual(CHAPTERS);
    expect(() => loadQuran(file(JSON.stringify([{ id: 1, verses: [{ text: "x" }] }])))).toThrow(/not quran-json's dist\/quran_en.json/);
    expect(() => loadQuran(file("[]"))).toThrow(/not quran-json's/);
  });

  it("makes each chapter a document of its verses, the English with a stop at each verse's end when asked", () => {
    const [first, second] = quranSources(CHAPTERS, true);
    expect(first!.id).toBe("quran/1");
    expect(first!.segments.map((s) => s.en)).toEqual([
      "In the name of Allah, the Entirely Merciful, the Especially Merciful.",
      "[All] praise is [due] to Allah, Lord of the worlds -",
      "The Entirely Merciful, the Especially Merciful,",
    ]);
    expect(second!.segments.map((s) => s.ar)).toEqual(CHAPTERS[1]!.verses.map((v) => v.text));
    expect(quranSources(CHAPTERS)[1]!.segments[2]!.en).toBe(CHAPTERS[1]!.verses[2]!.translation);
    expect(withStop("Allah, the Eternal Refuge")).toBe("Allah, the Eternal Refuge.");
    expect(withStop("Say, \"He is Allah, [who is] One\"")).toBe("Say, \"He is Allah, [who is] One\"");
  });

  it("builds verse-by-verse documents from them, the English split at a sentence end joined 2-1 in the gold", () => {
    const doc = verseParagraphs(quranSources(CHAPTERS)[1]!, 0, 3, 1, 1);
    expect(doc.sides.en.map((p) => p.text)).toEqual([
      "Say, \"He is Allah, [who is] One",
      "Allah, the Eternal Refuge",
      "He neither begets nor is born.",
      "Nor is there to Him any equivalent",
    ]);
    expect(goldRows(doc, ["en", "ar"])).toEqual([
      { en: [0], ar: [0] },
      { en: [1], ar: [1] },
      { en: [2, 3], ar: [2] },
    ]);
  });
});
