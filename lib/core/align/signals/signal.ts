// What every lexical signal provides: for one unit of one side, the tokens that may have a counterpart on the
// other side. A token is a list of alternative keys (a name has several skeletons); two tokens match when they
// share a key. Keys are namespaced by signal so that signals never match each other's tokens. The engine keeps
// only keys present on both sides and weighs each token by how rare it is on the other side.

import { foldForMatching, wordsOf } from "../../text/fold";
import { primaryLanguage } from "../../lang/languages";

export type ScriptClass = "latin" | "arabic" | "other";

export interface SideInfo {
  lang: string;
  /** Primary subtag: "fa" for "fa-AF". */
  primary: string;
  script: ScriptClass;
}

export interface PreparedUnit {
  text: string;
  /** foldForMatching(text): digits, letters and case folded, ZWNJ turned into a space. */
  folded: string;
  words: string[];
}

/** Per-alignment memo, so that a word met ten thousand times is transliterated once. */
export class SignalMemo {
  private readonly maps = new Map<string, Map<string, unknown>>();

  /** The memo's map for one namespace, for loops that look up many keys. */
  map<T>(namespace: string): Map<string, T> {
    let map = this.maps.get(namespace);
    if (!map) this.maps.set(namespace, (map = new Map()));
    return map as Map<string, T>;
  }
}

export interface SignalContext {
  self: SideInfo;
  other: SideInfo;
  memo: SignalMemo;
  /** Keys this signal produced on the other side, when that side went first: keys outside it can be skipped. */
  otherKeys?: ReadonlySet<string>;
}

export interface AnchorSignal {
  /** Namespace of the keys and name of the weight in ModelParams.signalWeight. */
  readonly id: string;
  /**
   * The tokens describe the unit as a whole (a heading, a list item), so they count only when the unit is paired
   * alone: a heading merged with the paragraph after it is no longer a heading.
   */
  readonly wholeUnit?: boolean;
  appliesTo(a: SideInfo, b: SideInfo): boolean;
  /** True when the signal yields few tokens on this side, which then goes first (see extractSignal). */
  isSparse?(side: SideInfo): boolean;
  /**
   * True when every token of this side should have a counterpart in a translation, so that a token found nowhere on
   * the other side still counts as missed wherever its unit is paired (a "15" that the translation never mentions).
   */
  isReliable?(side: SideInfo): boolean;
  tokens(unit: PreparedUnit, context: SignalContext): string[][];
}

export function describeSide(lang: string): SideInfo {
  const primary = primaryLanguage(lang);
  return { lang, primary, script: scriptOf(primary, lang) };
}

const ARABIC_SCRIPT_LANGS = new Set(["fa", "ar", "ur", "ps", "ckb", "ug", "sd", "ku"]);
const OTHER_SCRIPT_LANGS = new Set(["he", "ru", "uk", "el", "zh", "ja", "ko", "hi", "th"]);

function scriptOf(primary: string, lang: string): ScriptClass {
  if (/-arab\b/i.test(lang)) return "arabic";
  if (/-latn\b/i.test(lang)) return "latin";
  if (ARABIC_SCRIPT_LANGS.has(primary)) return "arabic";
  return OTHER_SCRIPT_LANGS.has(primary) ? "other" : "latin";
}

export function prepareUnit(text: string): PreparedUnit {
  const folded = foldForMatching(text);
  return { text, folded, words: wordsOf(folded) };
}

/** Keys for repeated occurrences: the second "5" in a unit is "5#2", so that counts match, not just presence. */
export function numbered(keys: Iterable<string>): string[][] {
  const seen = new Map<string, number>();
  const out: string[][] = [];
  for (const key of keys) {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    out.push([n === 1 ? key : `${key}#${n}`]);
  }
  return out;
}
