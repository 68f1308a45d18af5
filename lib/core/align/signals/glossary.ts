// The project's term base as a bilingual lexicon: an entry whose rendering in one language occurs in a source
// unit and whose rendering in the other occurs in a target unit is an anchor, keyed by the entry. Renderings are
// matched as folded word sequences; on an Arabic-script side the first word may carry a glued clitic ("والقدس"),
// and on a Latin side the last word may carry a plural ending ("resistance fronts").

import { foldForMatching, wordsOf } from "../../text/fold";
import { primaryLanguage } from "../../lang/languages";
import type { Lexicon } from "../types";
import { type AnchorSignal, type PreparedUnit, type SignalContext } from "./signal";

const CLITICS = ["وال", "بال", "فال", "کال", "لل", "ال", "و", "ب", "ف", "ل"];

interface Phrase {
  words: string[];
  key: string;
}

/** For one language: first word of a rendering -> the renderings starting with it, longest first. */
type PhraseIndex = Map<string, Phrase[]>;

function buildIndex(lexicon: Lexicon, primary: string): PhraseIndex {
  const index: PhraseIndex = new Map();
  lexicon.entries.forEach((entry, entryIndex) => {
    for (const rendering of entry.renderings) {
      if (primaryLanguage(rendering.lang) !== primary) continue;
      const words = wordsOf(foldForMatching(rendering.text));
      if (words.length === 0) continue;
      const list = index.get(words[0]!) ?? [];
      list.push({ words, key: `e${entryIndex}` });
      index.set(words[0]!, list);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function wordMatches(actual: string, wanted: string, isFirst: boolean, isLast: boolean, script: string): boolean {
  if (actual === wanted) return true;
  if (script === "arabic" && isFirst) return CLITICS.some((clitic) => actual === clitic + wanted);
  if (script === "latin" && isLast) return actual === `${wanted}s` || actual === `${wanted}es`;
  return false;
}

/** Keys of the lexicon entries whose rendering occurs in the unit, one token per occurrence. */
export function glossaryKeys(words: readonly string[], index: PhraseIndex, script: string): string[][] {
  const found: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidates = [...(index.get(word) ?? [])];
    if (script === "arabic") {
      for (const clitic of CLITICS) {
        if (word.startsWith(clitic)) candidates.push(...(index.get(word.slice(clitic.length)) ?? []));
      }
    }
    if (script === "latin" && word.endsWith("s")) {
      candidates.push(...(index.get(word.slice(0, -1)) ?? []), ...(index.get(word.slice(0, -2)) ?? []));
    }
    const match = candidates
      .sort((a, b) => b.words.length - a.words.length)
      .find((phrase) =>
        phrase.words.every((wanted, k) =>
          i + k < words.length && wordMatches(words[i + k]!, wanted, k === 0, k === phrase.words.length - 1, script),
        ),
      );
    if (match) {
      found.push([match.key]);
      i += match.words.length - 1;
    }
  }
  return found;
}

/** A signal over one term base; build it once per alignment. */
export function glossarySignal(lexicon: Lexicon): AnchorSignal {
  const indexes = new Map<string, PhraseIndex>();
  const indexFor = (primary: string) => {
    let index = indexes.get(primary);
    if (!index) indexes.set(primary, (index = buildIndex(lexicon, primary)));
    return index;
  };
  return {
    id: "glossary",
    appliesTo: (a, b) => a.primary !== b.primary && lexicon.entries.length > 0,
    tokens: (unit: PreparedUnit, context: SignalContext) =>
      glossaryKeys(unit.words, indexFor(context.self.primary), context.self.script),
  };
}
