// Web clutter to insert on one side of a test document (gold: no counterpart), in the style of the breadcrumbs,
// author boxes and comment forms of ../shared/seed/letter-article.en.txt. Written for the benchmark.

import type { BenchLang } from "./corpus";

export const CLUTTER: Record<BenchLang, { top: string[]; bottom: string[]; middle: string[] }> = {
  en: {
    top: ["Home / All / News", "Home / World / Middle East", "Skip to main content", "Menu", "Latest News | Analysis | Opinion"],
    bottom: [
      "About the author", "Check Also", "Leave a Reply",
      "Your email address will not be published. Required fields are marked *", "Share this article",
      "Related posts", "Tags: politics, region", "Subscribe to our newsletter", "© 2021 All rights reserved",
    ],
    middle: ["Advertisement", "Read more:", "Click here to watch the video", "Continue reading below"],
  },
  fa: {
    top: ["خانه / همه / اخبار", "صفحه اصلی / بین‌الملل", "پرش به محتوای اصلی", "منو", "آخرین اخبار | تحلیل | یادداشت"],
    bottom: [
      "درباره نویسنده", "مطالب مرتبط", "ارسال نظر", "نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *",
      "اشتراک‌گذاری", "برچسب‌ها: سیاست، منطقه", "عضویت در خبرنامه", "کلیه حقوق محفوظ است",
    ],
    middle: ["تبلیغات", "بیشتر بخوانید:", "برای دیدن ویدیو کلیک کنید", "ادامه مطلب در پایین"],
  },
  ar: {
    top: ["الرئيسية / الكل / الأخبار", "الرئيسية / العالم / الشرق الأوسط", "انتقل إلى المحتوى الرئيسي", "القائمة", "آخر الأخبار | تحليلات | آراء"],
    bottom: [
      "عن الكاتب", "اقرأ أيضا", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
      "شارك المقال", "مقالات ذات صلة", "الوسوم: سياسة، المنطقة", "اشترك في النشرة البريدية", "جميع الحقوق محفوظة",
    ],
    middle: ["إعلان", "اقرأ المزيد:", "اضغط هنا لمشاهدة الفيديو", "تابع القراءة أدناه"],
  },
};
