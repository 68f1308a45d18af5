import type { TFunction } from "i18next";

/**
 * A language's name in the interface's language, from its tag: "fa-IR" is named as "fa". A language the interface has
 * no name for shows its tag rather than the missing key.
 */
export function languageName(t: TFunction, tag: string): string {
  return t(`languages.${tag.split("-")[0]}`, { defaultValue: tag });
}
