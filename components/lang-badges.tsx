/** The language codes of a document or corpus as badges, each titled with its language's name. */
export function LangBadges({ langs, nameOf }: { langs: readonly string[]; nameOf: (lang: string) => string }) {
  return langs.map((lang) => (
    <span key={lang} className="lang-badge" title={nameOf(lang)}>
      {lang}
    </span>
  ));
}
