import { describe, expect, test } from "vitest";
import { clutterUnits, markBoilerplate, parseText, splitPlainParagraphs, type ParsedText } from "@/lib/core/import";
import { readFixture, readSeedArticle } from "./helpers";

const indicesOf = (parsed: ParsedText, kind: string): number[] =>
  parsed.paragraphs.flatMap((p, index) => (p.kind === kind ? [index] : []));
const boilerplateIn = (paragraphs: readonly string[], lang: string): number[] =>
  markBoilerplate(paragraphs, lang).flatMap((mark, index) => (mark.kind === "boilerplate" ? [index] : []));
const ruleOf = (paragraph: string, lang = "en"): string | undefined => markBoilerplate([paragraph], lang)[0]!.rule;

describe("the seed article (prisma/demo/letter-article.en.txt)", () => {
  const parsed = parseText(readSeedArticle(), { lang: "en" });

  test("40 paragraphs: boilerplate is exactly 0 and 33-39, the heading is 1", () => {
    expect(parsed.paragraphs).toHaveLength(40);
    expect(indicesOf(parsed, "boilerplate")).toEqual([0, 33, 34, 35, 36, 37, 38, 39]);
    expect(indicesOf(parsed, "heading")).toEqual([1]);
    expect(parsed.title).toBe("Letter from Palestinian Islamic Jihad to the Leader of the Islamic Revolution of Iran");
  });

  test("each clutter paragraph is caught by the rule meant for it", () => {
    expect([0, 33, 34, 35, 36, 37, 38, 39].map((i) => [parsed.paragraphs[i]!.text.slice(0, 24), parsed.paragraphs[i]!.rule])).toEqual([
      ["Home / All / Letter from", "breadcrumb"],
      ["About Ali Teymoori", "author-box"],
      ["Check Also", "related-marker"],
      ["What Is the Story of the", "related-teaser"],
      ["What is the story relate", "related-teaser"],
      ["Leave a Reply", "comment-prompt"],
      ["Your email address will ", "comment-notice"],
      ["Google Analytics Alterna", "analytics"],
    ]);
  });

  test("the signature (31, 32) and the numbered items (17-20, 27-29) are body", () => {
    for (const i of [31, 32, 17, 18, 19, 20, 27, 28, 29]) expect(parsed.paragraphs[i]!.kind).toBe("body");
    expect(parsed.paragraphs[31]!.text).toBe("Ismail Haniyeh,");
  });

  test("no false positives: the body paragraphs alone, in any order, hold no boilerplate", () => {
    const body = splitPlainParagraphs(readSeedArticle()).slice(1, 33);
    expect(boilerplateIn(body, "en")).toEqual([]);
    expect(boilerplateIn([...body].reverse(), "en")).toEqual([]);
  });

  test("clutterUnits (what an aligner that cannot ask leaves out) is the same less the teasers after Check Also", () => {
    const paragraphs = parsed.paragraphs.map((p) => p.text);
    const clutter = clutterUnits(paragraphs, "en").flatMap((isClutter, index) => (isClutter ? [index] : []));
    expect(clutter).toEqual([0, 33, 34, 37, 38, 39]);
  });

  test("paragraph text is stored as written", () => {
    expect(parsed.paragraphs[4]!.text).toBe(
      "He added that Ayatollah Khamenei’s “constant, continued and open support” for Palestine in all fields has “played the most important and leading role” in “Operation Sword of al-Quds” and its subsequent achievements.",
    );
  });
});

describe("Persian clutter", () => {
  const parsed = parseText(readFixture("book-fair.fa.txt"), { lang: "fa" });

  test("breadcrumb, tags, news code, share bar, related posts, comment form and copyright", () => {
    expect(indicesOf(parsed, "boilerplate")).toEqual([0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(indicesOf(parsed, "heading")).toEqual([1]);
    expect(parsed.paragraphs.map((p) => p.rule ?? "")).toEqual([
      "breadcrumb", "short-line", "", "", "", "", "label-line", "label-line", "share-bar", "share-bar", "related-marker",
      "related-teaser", "related-teaser", "comment-prompt", "comment-notice", "copyright",
    ]);
  });

  test("body sentences that contain «ارسال نظر», «مطالب مرتبط» and «به اشتراک» stay body", () => {
    expect(parsed.paragraphs[3]!.text).toContain("ارسال نظر");
    expect(parsed.paragraphs[3]!.text).toContain("مطالب مرتبط");
    expect(parsed.paragraphs[4]!.text).toContain("به اشتراک");
    expect([2, 3, 4, 5].map((i) => parsed.paragraphs[i]!.kind)).toEqual(["body", "body", "body", "body"]);
  });

  test("spelling variants match: ZWNJ or space, Arabic yeh and kaf", () => {
    expect(ruleOf("اشتراک گذاری", "fa")).toBe("share-bar");
    expect(ruleOf("برچسب ها: کتاب", "fa")).toBe("label-line");
    expect(ruleOf("ارسال نظر", "fa")).toBe("comment-prompt");
    expect(ruleOf("مطالب مرتبط:", "fa")).toBe("related-marker");
    expect(ruleOf("خانه » اخبار » سیاسی", "fa")).toBe("breadcrumb");
    expect(ruleOf("صفحه اصلي / اخبار", "fa")).toBe("breadcrumb"); // Arabic ي
    expect(ruleOf("۵ دیدگاه", "fa")).toBe("comment-prompt");
  });
});

describe("Arabic clutter", () => {
  const parsed = parseText(readFixture("book-fair.ar.txt"), { lang: "ar" });

  test("breadcrumb, read-also teaser, share, tags, comment form and copyright", () => {
    expect(indicesOf(parsed, "boilerplate")).toEqual([0, 4, 5, 8, 9, 10, 11, 12, 13]);
    expect(indicesOf(parsed, "heading")).toEqual([1]);
  });

  test("the «اقرأ أيضا» region ends at the next sentence of prose", () => {
    expect(parsed.paragraphs[5]!.rule).toBe("related-teaser");
    expect(parsed.paragraphs[6]!).toEqual({ text: "وتشهد الدورة الحالية إقبالاً كبيراً من طلاب الجامعات والمدارس.", kind: "body" });
  });

  test("hamza, tanween and teh marbuta variants match", () => {
    expect(ruleOf("اترك تعليقا", "ar")).toBe("comment-prompt");
    expect(ruleOf("اترك تعليقاً", "ar")).toBe("comment-prompt");
    expect(ruleOf("إقرأ أيضاً", "ar")).toBe("related-marker");
    expect(ruleOf("الرئيسية » أخبار » سياسة", "ar")).toBe("breadcrumb");
    expect(ruleOf("لن يتم نشر عنوان بريدك الإلكتروني.", "ar")).toBe("comment-notice");
  });

  test("clutter words of one language are prose in the other", () => {
    expect(ruleOf("نظرات", "fa")).toBe("comment-prompt"); // Persian: "comments"
    expect(ruleOf("نظرات", "ar")).toBeUndefined(); // Arabic: "glances"
  });
});

describe("rules look at a paragraph's whole shape", () => {
  test.each([
    ["Share prices fell sharply on Monday after the announcement."],
    ["About 300 people attended the ceremony in Tehran."],
    ["Home is where the heart is, he said."],
    ["Comments made by the minister were widely criticized."],
    ["Leave a reply to the letter within a week, the council asked."],
    ["Check also whether the figures match the official report."],
    ["Tags and labels were removed from the products."],
    ["He was powered by conviction."],
    ["Read more about the history of the region in the next chapter, which covers the years 1948 to 1967."],
    ["The Palestinian resistance official also thanked the Quds Force."],
  ])("English prose: %s", (text) => {
    expect(markBoilerplate([text], "en")).toEqual([{ kind: "body" }]);
  });

  test.each([
    ["او نظر خود را برای سردبیر ارسال کرد."],
    ["خانه‌ی پدری‌اش را سال گذشته فروخت."],
    ["او گفت «سلام» و «خداحافظ» و رفت"],
    ["مطالب مرتبط با این پرونده به زودی منتشر می‌شود."],
    ["کلیه حقوق کارگران باید پرداخت شود و هیچ کارفرمایی نمی‌تواند از آن شانه خالی کند و این حق قانونی آنان است که در قانون کار آمده است."],
  ])("Persian prose: %s", (text) => {
    expect(markBoilerplate([text], "fa")).toEqual([{ kind: "body" }]);
  });

  test.each([
    ["شارك آلاف الأشخاص في المسيرة."],
    ["اقرأ أيضا هذا الكتاب المهم عن تاريخ المنطقة."],
    ["الرئيسية في هذا الملف هي مسألة القدس."],
    ["أضف تعليقك على الخبر، قال المحرر للقراء."],
  ])("Arabic prose: %s", (text) => {
    expect(markBoilerplate([text], "ar")).toEqual([{ kind: "body" }]);
  });

  test("common clutter lines in English", () => {
    expect(ruleOf("News » Politics » Iran")).toBe("breadcrumb");
    expect(ruleOf("Home > World")).toBe("breadcrumb");
    expect(ruleOf("Facebook Twitter WhatsApp Telegram Email")).toBe("share-bar");
    expect(ruleOf("Share on Facebook")).toBe("share-bar");
    expect(ruleOf("Share this:")).toBe("share-bar");
    expect(ruleOf("Email")).toBe("navigation");
    expect(ruleOf("© 2024 Example News. All rights reserved.")).toBe("copyright");
    expect(ruleOf("Copyright 2024 Example News")).toBe("copyright");
    expect(ruleOf("کلیه حقوق این سایت محفوظ است.", "fa")).toBe("copyright");
    expect(ruleOf("تمامی حقوق مادی و معنوی این سایت متعلق به خبرگزاری است.", "fa")).toBe("copyright");
    expect(ruleOf("جميع الحقوق محفوظة لموقع المثال 2024", "ar")).toBe("copyright");
    expect(ruleOf("Tags: Iran, Gaza, letters")).toBe("label-line");
    expect(ruleOf("Previous Post: What the letter said")).toBe("label-line");
    expect(ruleOf("3 Comments")).toBe("comment-prompt");
    expect(ruleOf("Proudly powered by WordPress")).toBe("site-credit");
    expect(ruleOf("Powered by Example CMS")).toBe("site-credit");
  });

  test("an author box needs a capitalized name, in the second half of the text", () => {
    const body = "A long enough body paragraph that ends with a full stop.";
    expect(boilerplateIn([body, "About Ali Teymoori"], "en")).toEqual([1]);
    expect(boilerplateIn(["About Ali Teymoori", body, body], "en")).toEqual([]);
    expect(boilerplateIn([body, "About 300 people"], "en")).toEqual([]);
    expect(boilerplateIn(["About the author", body], "en")).toEqual([0]);
  });

  test("a related region is bounded: prose ends it, and it holds at most 12 teasers", () => {
    const teasers = Array.from({ length: 15 }, (_, i) => `Teaser title number ${i + 1}`);
    expect(boilerplateIn(["Related Posts", ...teasers], "en")).toEqual(Array.from({ length: 13 }, (_, i) => i));
    expect(boilerplateIn(["Check Also", "A title", "A sentence of prose.", "Another title"], "en")).toEqual([0, 1]);
  });
});

describe("an «اقرأ أيضا» link in the middle of an Arabic article", () => {
  const lead = "افتتح معرض الكتاب الدولي أبوابه اليوم في العاصمة بمشاركة واسعة من دور النشر العربية.";
  const marker = "اقرأ أيضا";
  const link = "وزير الثقافة يفتتح الدورة الجديدة من المعرض";
  const subheading = "برنامج الندوات";
  const question = "هل يستطيع المعرض أن يجذب جيلاً جديداً من القراء؟";
  const exclamation = "قال مدير المعرض: «إنها أكبر دورة في تاريخ المعرض!»";
  const closing = "وتستمر الفعاليات حتى نهاية الشهر.";

  test("costs only the linked title: the subheading, the ؟ question and the quoted ! sentence after it are body", () => {
    expect(markBoilerplate([lead, marker, link, subheading, question, exclamation, closing], "ar")).toEqual([
      { kind: "body" },
      { kind: "boilerplate", rule: "related-marker" },
      { kind: "boilerplate", rule: "related-teaser" },
      { kind: "body" },
      { kind: "body" },
      { kind: "body" },
      { kind: "body" },
    ]);
  });

  test("after a marker standing alone, a verse of two sentences or a clause ending in ؛ or : is body, not its link", () => {
    const twoSentences = "وقال آخر ايضا اتبعك يا سيد. فقال له يسوع";
    const clause = "يجب أن تتضمن اتفاقيات الرصد بنوداً تلغيها تلقائياً؛";
    const listIntro = "تشخيص أي من الحالات التالية:";
    for (const line of [twoSentences, clause, listIntro]) {
      expect(markBoilerplate([lead, "اقرأ المزيد:", line, closing], "ar").map((mark) => mark.kind)).toEqual(["body", "boilerplate", "body", "body"]);
    }
    expect(boilerplateIn([lead, "اقرأ المزيد:", link, closing], "ar")).toEqual([1, 2]);
  });

  test("a question or a quoted exclamation right after the link ends the region", () => {
    expect(boilerplateIn([lead, marker, link, question, subheading, closing], "ar")).toEqual([1, 2]);
    expect(boilerplateIn([lead, marker, link, exclamation, subheading, closing], "ar")).toEqual([1, 2]);
  });

  test("every sentence end the splitter knows ends the region (۔ 。 ‼ too); an ellipsis marks an excerpt", () => {
    for (const sentence of ["یہ ایک جملہ ہے۔", "これは文です。", "What a day‼", "Is it?", "«Go!»"]) {
      expect(boilerplateIn(["Check Also", "A linked title", sentence, "A third title"], "en")).toEqual([0, 1]);
    }
    expect(boilerplateIn(["Check Also", "A linked title", "The excerpt of it…", "A third title"], "en")).toEqual([0, 1, 2, 3]);
  });

  test("the link itself may ask or exclaim, as titles do; a full stop makes it prose", () => {
    expect(boilerplateIn([lead, marker, "ما قصة مسابقة الرماية؟", closing], "ar")).toEqual([1, 2]);
    expect(boilerplateIn(["Check Also", "What Is the Story of the Shooting Competition?", "More prose follows here."], "en")).toEqual([0, 1]);
    expect(boilerplateIn(["Check Also", "A sentence of prose.", "Another title"], "en")).toEqual([0]);
  });

  test("titles in a list stay teasers when no prose follows them", () => {
    expect(boilerplateIn([lead, marker, link, "عنوان مقال آخر", "عنوان مقال ثالث"], "ar")).toEqual([1, 2, 3, 4]);
  });
});
