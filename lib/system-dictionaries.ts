// The bilingual dictionaries this machine has, for the aligner (lib/core/align/signals/dictionary.ts): FreeDict's,
// in the dictd format, as Debian installs them (`apt install dict-freedict-eng-ara`: /usr/share/dictd/
// freedict-eng-ara.index and .dict.dz). They are read from the machine, not shipped: FreeDict's licence (GPL) would
// follow its words into the code, as CC BY-SA keeps ntrex128's word pairs out (scripts/learn-corpus-words.ts).
// DICTIONARY_DIR names another folder; "none" turns them off. Read once per process (or worker thread), and only for
// the languages asked: about 0.3 s and 40 MB for the English-Arabic one.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { dictionaryFromDictd, type Dictionary } from "@/lib/core/align";
import { primaryLanguage } from "@/lib/core/lang/languages";

export const DEFAULT_DICTIONARY_DIR = "/usr/share/dictd";

/** FreeDict names its dictionaries by ISO 639-3 codes; ours are the primary subtags. */
const FREEDICT_CODES: Readonly<Record<string, string>> = { en: "eng", ar: "ara", fa: "fas" };

/** The folder to read, or null when turned off. */
export function dictionaryDir(env: Record<string, string | undefined> = process.env): string | null {
  const dir = env.DICTIONARY_DIR?.trim();
  if (dir === "none") return null;
  return dir || DEFAULT_DICTIONARY_DIR;
}

const loaded = new Map<string, Dictionary | null>();

/** One FreeDict file pair, from `from` to `to` (our codes), or null when the folder lacks it. */
function readFreeDict(dir: string, from: string, to: string): Dictionary | null {
  const name = `freedict-${FREEDICT_CODES[from]}-${FREEDICT_CODES[to]}`;
  const key = join(dir, name);
  if (loaded.has(key)) return loaded.get(key)!;
  const index = `${key}.index`;
  const packed = `${key}.dict.dz`;
  const plain = `${key}.dict`;
  let dictionary: Dictionary | null = null;
  if (existsSync(index) && (existsSync(packed) || existsSync(plain))) {
    try {
      const dict = existsSync(packed) ? gunzipSync(readFileSync(packed)) : readFileSync(plain);
      const read = dictionaryFromDictd(name, readFileSync(index, "utf8"), dict, from, to);
      if (read.definitions.size > 0) dictionary = read;
    } catch (error) {
      // A damaged file costs its words, not the alignment.
      process.emitWarning(`the dictionary ${key} could not be read (${(error as Error).message}); aligning without it`);
    }
  }
  loaded.set(key, dictionary);
  return dictionary;
}

/**
 * The machine's dictionaries between English and each other language of `langs` (one per pair, FreeDict's from
 * English first), from DICTIONARY_DIR or /usr/share/dictd; none when turned off or not installed.
 */
export function systemDictionaries(langs: readonly string[], env: Record<string, string | undefined> = process.env): Dictionary[] {
  const dir = dictionaryDir(env);
  if (dir === null) return [];
  const primaries = new Set(langs.map(primaryLanguage));
  if (!primaries.has("en")) return [];
  const found: Dictionary[] = [];
  for (const other of primaries) {
    if (other === "en" || !FREEDICT_CODES[other]) continue;
    const dictionary = readFreeDict(dir, "en", other) ?? readFreeDict(dir, other, "en");
    if (dictionary) found.push(dictionary);
  }
  return found;
}
