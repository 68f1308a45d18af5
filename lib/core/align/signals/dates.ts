// Month and weekday names: "January 3, 2020" is "۳ ژانویه ۲۰۲۰" and "٣ يناير ٢٠٢٠"; the numbers match through the
// numbers signal, the month through this one. Arabic has two month series (Egyptian يناير..., Levantine كانون
// الثاني...); both are listed. Persian solar months are not: they name different periods than Gregorian ones.

import { foldForMatching, wordsOf } from "../../text/fold";
import { numbered, TokenListBuilder, vocabularyMemo, type AnchorSignal, type SignalText, type TokenList } from "./signal";

const NAMES: Readonly<Record<string, readonly string[][]>> = {
  en: [
    ["january", "jan"], ["february", "feb"], ["march"], ["april", "apr"], ["may"], ["june"], ["july"],
    ["august", "aug"], ["september", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"], ["sunday"],
  ],
  fa: [
    ["ژانویه"], ["فوریه"], ["مارس"], ["آوریل", "آپریل"], ["مه"], ["ژوئن"], ["ژوئیه", "جولای"], ["اوت", "آگوست"],
    ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"],
    ["دوشنبه"], ["سه‌شنبه", "سه شنبه"], ["چهارشنبه"], ["پنجشنبه", "پنج‌شنبه"], ["جمعه"], ["شنبه"],
    ["یکشنبه", "یک‌شنبه"],
  ],
  ar: [
    ["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "إبريل", "نيسان"], ["مايو", "أيار"],
    ["يونيو", "يونيه", "حزيران"], ["يوليو", "يوليه", "تموز"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"],
    ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"],
    ["الاثنين", "الإثنين", "اثنين"], ["الثلاثاء", "ثلاثاء"], ["الأربعاء", "أربعاء"], ["الخميس", "خميس"],
    ["الجمعة", "جمعة"], ["السبت", "سبت"], ["الأحد", "أحد"],
  ],
};

// Folded phrase (words joined by one space) -> key, per language; the longest phrase is two words.
const PHRASES = new Map<string, Map<string, string>>(
  Object.entries(NAMES).map(([lang, series]) => [
    lang,
    new Map(series.flatMap((forms, index) => forms.map((form) => [wordsOf(foldForMatching(form)).join(" "), `d${index}`]))),
  ]),
);

// First words of the phrases, so that most words are dismissed by one lookup.
const FIRST_WORDS = new Map([...PHRASES].map(([lang, phrases]) => [lang, new Set([...phrases.keys()].map((p) => p.split(" ")[0]!))]));

/** Keys of the month and weekday names in a unit's folded words. */
export function dateKeys(words: readonly string[], primaryLang: string): string[][] {
  const phrases = PHRASES.get(primaryLang);
  const firstWords = FIRST_WORDS.get(primaryLang);
  if (!phrases || !firstWords) return [];
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!firstWords.has(words[i]!)) continue;
    const pair = i + 1 < words.length ? phrases.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) {
      found.push(pair);
      i++;
      continue;
    }
    const single = phrases.get(words[i]!);
    if (single) found.push(single);
  }
  return numbered(found);
}

// "may" and "march" are also common English words: only the capitalized forms count.
const AMBIGUOUS_EN = new Set(["may", "march"]);

function extractDates(text: SignalText): TokenList {
  const lang = text.side.primary;
  const builder = new TokenListBuilder();
  const phrases = PHRASES.get(lang);
  const firstWords = FIRST_WORDS.get(lang);
  const { words } = text.vocabulary;
  // Per word id: 1 when a month or weekday name may start there, 2 when only a capitalized "May" or "March" would.
  const starts =
    phrases && firstWords
      ? vocabularyMemo(text.vocabulary, `dates:${lang}`, () => {
          // A loop, not Uint8Array.from(words, fn): V8 runs a typed array's from with a function several times slower.
          const table = new Uint8Array(words.length);
          for (let w = 0; w < words.length; w++) {
            table[w] = !firstWords.has(words[w]!) ? 0 : lang === "en" && AMBIGUOUS_EN.has(words[w]!) ? 2 : 1;
          }
          return table;
        })
      : undefined;
  const found: string[] = [];
  for (let u = 0; u < text.texts.length; u++) {
    const first = text.wordStart[u]!;
    const end = text.wordStart[u + 1]!;
    let kinds = 0;
    for (let w = first; w < end && starts && kinds !== 1; w++) kinds |= starts[text.wordIds[w]!]!;
    // The modal "may" is in most English paragraphs: look further only when it is capitalized.
    if (kinds === 2 && !/\b(?:May|March)\b/.test(text.texts[u]!)) kinds = 0;
    if (kinds !== 0) {
      // dateKeys over the unit's words, read by id; an English "may" or "march" counts only where capitalized (it
      // starts no two-word phrase, so leaving it out changes no pair).
      let capitalized: Set<string> | null = null;
      found.length = 0;
      for (let w = first; w < end; w++) {
        const id = text.wordIds[w]!;
        const kind = starts![id]!;
        if (kind === 0) continue;
        if (kind === 2) {
          capitalized ??= new Set((text.texts[u]!.match(/\b(?:May|March)\b/g) ?? []).map((word) => word.toLowerCase()));
          if (!capitalized.has(words[id]!)) continue;
        }
        const pair = w + 1 < end ? phrases!.get(`${words[id]} ${words[text.wordIds[w + 1]!]}`) : undefined;
        if (pair) {
          found.push(pair);
          w++;
          continue;
        }
        const single = phrases!.get(words[id]!);
        if (single) found.push(single);
      }
      for (const token of numbered(found)) builder.add(builder.typeOf(token[0]!, token));
    }
    builder.endUnit();
  }
  return builder.build();
}

export const datesSignal: AnchorSignal = {
  id: "dates",
  appliesTo: (a, b) => a.primary !== b.primary && PHRASES.has(a.primary) && PHRASES.has(b.primary),
  isReliable: () => true,
  extract: extractDates,
};
