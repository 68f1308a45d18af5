import { createInstance } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { errorMessage } from "@/components/call-api";
import { resources } from "@/lib/i18n/settings";

// An API error as a form shows it: the summary, then each problem the server listed, in the interface's language.
describe("errorMessage", () => {
  const i18n = createInstance();
  beforeAll(async () => {
    await i18n.init({ lng: "fa", resources, fallbackLng: false, interpolation: { escapeValue: false } });
  });

  it("says which fields are wrong, not only that some are", () => {
    // What POST /api/terms answers for a rendering whose language code Tarjuman does not know.
    const error = {
      message: 'renderings.1.lang: "xx" is not a supported language code',
      messageKey: "errors.validation",
      problems: [{ messageKey: "terms.errors.unknownLanguage", params: { lang: "xx" }, message: 'renderings.1.lang: "xx" is not a supported language code' }],
    };
    expect(errorMessage(i18n.t, error)).toBe("برخی از فیلدها معتبر نیستند. «xx» کد زبان پشتیبانی‌شده‌ای نیست.");
  });

  it("names a language the problem detected in the interface's language", () => {
    const error = { messageKey: "import.problems.language-mismatch", params: { language: "Persian", languageCode: "fa", detected: "Arabic", detectedCode: "ar" } };
    expect(errorMessage(i18n.t, error)).toContain("عربی");
  });

  it("falls back to the server's English for a key the interface lacks, and to a general message when there is none", () => {
    expect(errorMessage(i18n.t, { messageKey: "terms.errors.noSuchKey", message: "The server's own words." })).toBe("The server's own words.");
    expect(errorMessage(i18n.t, {})).toBe(i18n.t("errors.internal"));
  });
});
