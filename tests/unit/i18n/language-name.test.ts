import { createInstance } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { languageName } from "@/lib/i18n/language-name";
import { resources } from "@/lib/i18n/settings";

describe("languageName", () => {
  const i18n = createInstance();
  beforeAll(async () => {
    await i18n.init({ lng: "fa", resources, fallbackLng: false, interpolation: { escapeValue: false } });
  });

  it("names a language in the interface's language, from its tag with or without a region", () => {
    expect(languageName(i18n.t, "fa")).toBe("فارسی");
    expect(languageName(i18n.t, "fa-IR")).toBe("فارسی");
    expect(languageName(i18n.t, "ar-EG")).toBe("عربی");
  });

  it("shows the tag of a language the interface has no name for, not the missing key", () => {
    expect(languageName(i18n.t, "qaa-x-private")).toBe("qaa-x-private");
  });
});
