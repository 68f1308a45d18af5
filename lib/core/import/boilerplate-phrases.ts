// The words of web clutter, per language, written as sites write them; boilerplate.ts folds them (case, ي/ی, ك/ک,
// ZWNJ, hamza seats, tashkil) the same way it folds a paragraph before comparing. Every entry is matched against a
// WHOLE paragraph (or its start, followed by a label colon or a separator), never searched for inside one.

export interface PhraseTable {
  /** The first item of a breadcrumb trail ("Home / News / ..."). */
  readonly home: readonly string[];
  /** Headings that open a list of links to other posts: the short paragraphs after them are teasers. */
  readonly related: readonly string[];
  /** Headings and prompts of the comment section: the short paragraphs after them are form labels and notices. */
  readonly comments: readonly string[];
  /** A paragraph that says only "share" (the network names are in SHARE_WORDS). */
  readonly share: readonly string[];
  /** Starts of the comment form's notices, matched on the paragraph's start. */
  readonly commentNotices: readonly string[];
  /** Author boxes that name no one ("About the author"); "About <Name>" is a pattern in boilerplate.ts. */
  readonly author: readonly string[];
  /** Labels followed by a colon and a short list ("Tags: Iran, Gaza"). */
  readonly labels: readonly string[];
  /** Single-line navigation and widget titles. */
  readonly navigation: readonly string[];
}

export const PHRASES: Readonly<Record<"en" | "fa" | "ar", PhraseTable>> = {
  en: {
    home: ["home", "homepage", "home page", "main page"],
    related: [
      "check also", "related", "related posts", "related articles", "related news", "related stories",
      "related content", "you may also like", "you might also like", "you may be interested in", "read also",
      "also read", "read next", "more stories", "more news", "recommended", "recommended for you",
    ],
    comments: [
      "leave a reply", "leave a comment", "leave a reply cancel reply", "add a comment", "post a comment",
      "write a comment", "join the discussion", "comments",
    ],
    share: [
      "share", "share this", "share this article", "share this post", "share this story", "share on", "share via",
    ],
    commentNotices: [
      "your email address will not be published", "required fields are marked",
      "you must be logged in to post a comment", "save my name, email, and website in this browser",
      "this site uses akismet to reduce spam",
    ],
    author: ["about the author", "about author"],
    labels: [
      "tags", "tagged", "tagged with", "topics", "keywords", "categories", "filed under", "posted in", "previous post",
      "next post", "previous article", "next article",
    ],
    navigation: [
      "read more", "continue reading", "previous post", "next post", "previous article", "next article",
      "post navigation", "skip to content", "skip to main content", "menu", "main menu", "search", "search for",
      "print", "email", "subscribe", "newsletter", "advertisement", "sponsored", "back to top", "categories",
      "archives", "recent posts", "popular posts", "most read", "most popular", "trending", "latest news",
      "cancel reply", "post comment", "submit comment", "loading",
    ],
  },
  fa: {
    home: ["خانه", "صفحه اصلی", "صفحه نخست", "صفحه‌ی اصلی"],
    related: [
      "مطالب مرتبط", "اخبار مرتبط", "مطالب پیشنهادی", "مطالب مشابه", "بیشتر بخوانید", "همچنین بخوانید",
      "بخوانید", "پیشنهاد ما", "مطالب بیشتر", "اخبار بیشتر", "مطالب پیشنهادی ما",
    ],
    comments: [
      "ارسال نظر", "ارسال دیدگاه", "دیدگاه‌ها", "نظرات", "نظرات کاربران", "نظر شما", "دیدگاهتان را بنویسید",
      "دیدگاه خود را بنویسید", "پاسخی بگذارید", "پاسخ دهید", "ثبت نظر",
    ],
    share: ["اشتراک‌گذاری", "اشتراک گذاری", "به اشتراک بگذارید", "اشتراک در", "اشتراک"],
    commentNotices: [
      "نشانی ایمیل شما منتشر نخواهد شد", "آدرس ایمیل شما منتشر نخواهد شد", "بخش‌های موردنیاز علامت‌گذاری شده‌اند",
      "نظرات حاوی توهین", "نظرات پس از تایید",
    ],
    author: ["درباره نویسنده", "درباره‌ی نویسنده", "درباره ی نویسنده"],
    labels: [
      "برچسب‌ها", "برچسب", "کلیدواژه‌ها", "کلید واژه‌ها", "کلمات کلیدی", "موضوعات", "دسته‌بندی", "کد خبر", "کد مطلب",
      "شناسه خبر", "تاریخ انتشار", "زمان انتشار", "تعداد بازدید", "بازدید", "لینک کوتاه",
    ],
    navigation: [
      "ادامه مطلب", "چاپ", "نسخه چاپی", "لینک کوتاه", "ارسال به دوستان", "پربازدیدترین", "پربازدیدترین‌ها",
      "پربحث‌ترین", "آخرین اخبار", "آخرین مطالب", "جستجو", "منو", "بازگشت به بالا", "تبلیغات", "مطلب قبلی",
      "مطلب بعدی", "خبر قبلی", "خبر بعدی",
    ],
  },
  ar: {
    home: ["الرئيسية", "الصفحة الرئيسية", "الرئيسيه"],
    related: [
      "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ ايضا", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة",
      "قد يعجبك أيضا", "قد يهمك", "مقالات مشابهة", "أخبار متعلقة", "اقرأ المزيد",
    ],
    comments: [
      "أضف تعليق", "أضف تعليقاً", "اترك تعليقاً", "اترك تعليقا", "اترك رداً", "اترك ردا", "التعليقات",
      "اكتب تعليقك", "إضافة تعليق", "أضف ردا",
    ],
    share: ["شارك", "شارك هذا", "شارك المقال", "شارك الخبر", "مشاركة", "شارك عبر", "مشاركة عبر"],
    commentNotices: [
      "لن يتم نشر عنوان بريدك الإلكتروني", "لن يتم نشر بريدك الإلكتروني", "الحقول الإلزامية مشار إليها",
      "الحقول المطلوبة عليها علامة",
    ],
    author: ["عن الكاتب", "نبذة عن الكاتب", "عن المؤلف", "حول الكاتب"],
    labels: [
      "الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "تاريخ النشر", "آخر تحديث",
      "رقم الخبر", "عدد المشاهدات", "التصنيفات", "التصنيف",
    ],
    navigation: [
      "طباعة", "بحث", "القائمة", "الأكثر قراءة", "الأكثر مشاهدة", "آخر الأخبار", "إعلان", "المقال السابق",
      "المقال التالي", "الخبر السابق", "الخبر التالي", "العودة للأعلى",
    ],
  },
};

/** Social networks and the filler words of share bars, in the three languages (folded at start-up). */
export const SHARE_NETWORKS = [
  "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "tumblr", "vk", "email",
  "e-mail", "print", "messenger", "viber", "instagram", "copy link",
  "فیسبوک", "فیس بوک", "توییتر", "تویتر", "واتساپ", "تلگرام", "ایتا", "بله", "سروش", "روبیکا", "لینکدین", "ایمیل",
  "فيسبوك", "تويتر", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "لينكد إن", "البريد الإلكتروني",
];
export const SHARE_FILLERS = [
  "share", "on", "via", "this", "with", "in", "to", "link", "copy",
  "اشتراک", "اشتراک‌گذاری", "گذاری", "در", "با", "به", "لینک",
  "شارك", "مشاركة", "عبر", "على", "رابط", "نسخ",
];

/**
 * Copyright lines, by how they start or end. Persian ones start with "all the rights" and must also say "reserved"
 * or "belong to" somewhere, because «کلیه حقوق کارگران ...» ("all the workers' rights ...") is prose.
 */
export const COPYRIGHT = {
  starts: ["all rights reserved", "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "حقوق الطبع محفوظة"],
  ends: ["all rights reserved", "جميع الحقوق محفوظة"],
  persianStarts: ["کلیه حقوق", "کلیه‌ی حقوق", "تمامی حقوق", "همه حقوق", "همه‌ی حقوق"],
  persianMustContain: ["محفوظ", "متعلق"],
};
