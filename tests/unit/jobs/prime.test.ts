import { describe, expect, it } from "vitest";
import { parseTexts, primeImportJobs, type TextToParse } from "@/lib/core/jobs";

const text = (lang: string, body: string): TextToParse => ({ lang, format: "plain", content: { kind: "text", text: body } });

const en = text("en", "Home › News › Politics\n\nThe minister met his counterpart on Monday.\n\nThey signed three agreements.\n\nThe talks will go on in May.");
const fa = text("fa", "وزیر روز دوشنبه با همتای خود دیدار کرد.\n\nآنها سه توافق‌نامه امضا کردند.\n\nگفت‌وگوها در ماه مه ادامه خواهد یافت.");

describe("primeImportJobs", () => {
  it("parses the texts and aligns their paragraphs, boilerplate left out as an import leaves it out", () => {
    const [parsed] = parseTexts([en]);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed?.ok) return;
    expect(parsed.parsed.paragraphs.map((p) => p.kind)).toContain("boilerplate"); // the breadcrumb
    expect(primeImportJobs([en, fa])).toBe(3);
  });

  it("aligns the texts that parse and passes over one that does not", () => {
    expect(primeImportJobs([en, text("ar", "   "), fa])).toBe(3);
  });

  it("aligns nothing with fewer than two texts", () => {
    expect(primeImportJobs([en])).toBe(0);
    expect(primeImportJobs([en, text("fa", "")])).toBe(0);
  });
});
