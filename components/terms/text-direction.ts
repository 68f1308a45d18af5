// The lang and dir a term's text is shown with: every RTL span says so, whatever the interface language.
import { parseLanguageTag } from "@/lib/core/lang/languages";

export function textAttributes(lang: string): { lang: string; dir: "ltr" | "rtl" } {
  const parsed = parseLanguageTag(lang);
  return { lang, dir: parsed.ok ? parsed.tag.dir : "ltr" };
}
