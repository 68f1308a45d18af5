import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, pickLocale } from "@/lib/i18n/pick-locale";

// Three interface languages, as the workbench will have; the function takes the list rather than reading it.
const LOCALES = ["en", "fa", "ar"] as const;

describe("pickLocale", () => {
  it("prefers the user's choice, then the cookie, then Accept-Language, then the default", () => {
    expect(pickLocale({ userLocale: "ar", cookieLocale: "fa", acceptLanguage: "en" }, LOCALES, "en")).toBe("ar");
    expect(pickLocale({ userLocale: null, cookieLocale: "fa", acceptLanguage: "ar" }, LOCALES, "en")).toBe("fa");
    expect(pickLocale({ acceptLanguage: "ar-EG,ar;q=0.9" }, LOCALES, "en")).toBe("ar");
    expect(pickLocale({}, LOCALES, "en")).toBe("en");
  });

  it("skips languages the interface does not have at every step", () => {
    expect(pickLocale({ userLocale: "de", cookieLocale: "xx", acceptLanguage: "fr, fa;q=0.5" }, LOCALES, "en")).toBe("fa");
    expect(pickLocale({ userLocale: "fa", cookieLocale: "fa", acceptLanguage: "fa" }, ["en"], "en")).toBe("en");
  });
});

describe("fromAcceptLanguage", () => {
  it.each([
    ["fa-IR,fa;q=0.9,en-US;q=0.8,en;q=0.7", "fa"],
    ["en;q=0.4, ar;q=0.8", "ar"],
    ["de-DE, fr;q=0.9, *;q=0.5", undefined],
    ["fa;q=0, en", "en"],
    ["", undefined],
    ["EN-gb", "en"],
  ])("%j → %s", (header, expected) => expect(fromAcceptLanguage(header, LOCALES)).toBe(expected));
});
