// The languages Tarjuman knows, keyed by BCP-47 primary language subtag. A text's code may carry region or
// script subtags ("fa-AF", "ar-EG"); direction and script come from the primary subtag unless a script subtag
// says otherwise (e.g. "az-Arab" is right-to-left, "az-Latn" is not).

export type Direction = "ltr" | "rtl";
export type Script = "Latn" | "Arab" | "Hebr" | "Cyrl";

/** A canonical BCP-47 tag such as "fa" or "ar-EG"; only `parseLanguageTag` makes one. */
export type LangCode = string & { readonly __brand: "LangCode" };

interface LanguageInfo {
  readonly englishName: string;
  readonly script: Script;
}

const LANGUAGES: Readonly<Record<string, LanguageInfo>> = {
  en: { englishName: "English", script: "Latn" },
  fa: { englishName: "Persian", script: "Arab" },
  ar: { englishName: "Arabic", script: "Arab" },
  ur: { englishName: "Urdu", script: "Arab" },
  ps: { englishName: "Pashto", script: "Arab" },
  ckb: { englishName: "Central Kurdish", script: "Arab" },
  he: { englishName: "Hebrew", script: "Hebr" },
  fr: { englishName: "French", script: "Latn" },
  de: { englishName: "German", script: "Latn" },
  es: { englishName: "Spanish", script: "Latn" },
  tr: { englishName: "Turkish", script: "Latn" },
  ru: { englishName: "Russian", script: "Cyrl" },
};

const RTL_SCRIPTS: ReadonlySet<Script> = new Set(["Arab", "Hebr"]);

export interface LanguageTag {
  readonly code: LangCode;
  readonly primary: string;
  readonly englishName: string;
  readonly script: Script;
  readonly dir: Direction;
}

export type ParseLanguageResult =
  | { ok: true; tag: LanguageTag }
  | { ok: false; reason: "malformed" | "unsupported" };

/** Validates and canonicalizes a BCP-47 tag; only languages in the table above are accepted. */
export function parseLanguageTag(input: string): ParseLanguageResult {
  let canonical: string;
  try {
    [canonical = ""] = Intl.getCanonicalLocales(input.trim());
  } catch {
    return { ok: false, reason: "malformed" };
  }
  const locale = new Intl.Locale(canonical);
  const info = LANGUAGES[locale.language];
  if (!info) return { ok: false, reason: "unsupported" };
  const script = (locale.script as Script | undefined) ?? info.script;
  return {
    ok: true,
    tag: {
      code: canonical as LangCode,
      primary: locale.language,
      englishName: info.englishName,
      script,
      dir: RTL_SCRIPTS.has(script) ? "rtl" : "ltr",
    },
  };
}

export function supportedLanguages(): string[] {
  return Object.keys(LANGUAGES);
}

/** Direction of a stored code; codes in the database were validated on import. */
export function directionOf(code: string): Direction {
  const parsed = parseLanguageTag(code);
  return parsed.ok ? parsed.tag.dir : "ltr";
}

/** The primary language subtag ("fa-AF" -> "fa"), used to pick language-specific rules. */
export function primaryLanguage(code: string): string {
  return code.split("-")[0]!.toLowerCase();
}

/**
 * The text the others are aligned with: the English one (any of its variants) when there is one, else the first.
 * Translations in this tool's material are made from or into English, so it is the language every other text shares
 * most with.
 */
export function pivotOf<T extends string>(codes: readonly T[]): T | undefined {
  return codes.find((code) => primaryLanguage(code) === "en") ?? codes[0];
}
