// Which interface language a request gets: the signed-in user's choice, else the language cookie (set by the
// switcher on the sign-in page), else the browser's Accept-Language, else the default. Only languages the
// interface exists in are ever picked (LOCALES in ./settings.ts is the one list to extend).
export const LOCALE_COOKIE = "tarjuman_locale";

export interface LocaleHints {
  userLocale?: string | null;
  cookieLocale?: string | null;
  acceptLanguage?: string | null;
}

export function pickLocale<L extends string>(hints: LocaleHints, locales: readonly L[], fallback: L): L {
  const known = (value: string | null | undefined): L | undefined => locales.find((l) => l === value);
  return known(hints.userLocale) ?? known(hints.cookieLocale) ?? fromAcceptLanguage(hints.acceptLanguage ?? "", locales) ?? fallback;
}

/** "fa-IR,fa;q=0.9,en;q=0.8" → the first language by weight that we have, matching on the primary subtag. */
export function fromAcceptLanguage<L extends string>(header: string, locales: readonly L[]): L | undefined {
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim().toLowerCase(), weight: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const found = locales.find((l) => l.toLowerCase() === tag) ?? locales.find((l) => l.toLowerCase() === tag.split("-")[0]);
    if (found) return found;
  }
  return undefined;
}
