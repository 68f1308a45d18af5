// A small news story in English, Persian and Arabic, written for these tests, with known paragraph links:
// EN 1+2 are one Persian paragraph (2-1), EN 3 is two Persian paragraphs (1-2), EN 4 is missing in Persian (1-0),
// EN 5+6+7 are one Persian paragraph (3-1); the Arabic keeps EN 4 and merges EN 5+6.

export const EN = [
  "Floods in Khuzestan force 12,000 people from their homes",
  "Heavy rain fell on the province of Khuzestan for three days, and the Karun river rose by 4 metres on Monday.",
  "Officials said that 12,000 people had left their homes in Ahvaz and Shushtar.",
  "The Red Crescent sent 300 tents and 40 trucks of food to the region. Its director, Pir-Hossein Kolivand, said that more help would arrive on Wednesday.",
  "Schools will stay closed until 15 April, the education office announced.",
  "Minister Zahedi has promised compensation of 2 billion rials.",
  "Farmers in Dezful say that they have lost 70% of the wheat harvest.",
  "Experts at the University of Tehran blame the Karkheh dam upstream.",
  "The weather service expects more rain on Friday.",
];

export const FA = [
  "سیل در خوزستان ۱۲٬۰۰۰ نفر را آواره کرد",
  "باران شدید سه روز در استان خوزستان بارید و رودخانه کارون روز دوشنبه ۴ متر بالا آمد. مسئولان گفتند ۱۲٬۰۰۰ نفر خانه‌های خود را در اهواز و شوشتر ترک کرده‌اند.",
  "هلال احمر ۳۰۰ چادر و ۴۰ کامیون غذا به منطقه فرستاد.",
  "رئیس آن، پیرحسین کولیوند، گفت کمک‌های بیشتری روز چهارشنبه می‌رسد.",
  "وزیر، زاهدی، وعده ۲ میلیارد ریال غرامت داده است. کشاورزان دزفول می‌گویند ۷۰٪ محصول گندم را از دست داده‌اند. کارشناسان دانشگاه تهران سد کرخه در بالادست را مقصر می‌دانند.",
  "سازمان هواشناسی برای روز جمعه باران بیشتری پیش‌بینی می‌کند.",
];

export const AR = [
  "الفيضانات في خوزستان تشرد ١٢٬٠٠٠ شخص",
  "هطلت أمطار غزيرة على محافظة خوزستان لمدة ثلاثة أيام، وارتفع نهر كارون ٤ أمتار يوم الاثنين.",
  "وقال المسؤولون إن ١٢٬٠٠٠ شخص غادروا منازلهم في الأهواز وشوشتر.",
  "وأرسل الهلال الأحمر ٣٠٠ خيمة و٤٠ شاحنة من الطعام إلى المنطقة. وقال مديره، بير حسين كوليوند، إن المزيد من المساعدات سيصل يوم الأربعاء.",
  "وأعلن مكتب التعليم أن المدارس ستبقى مغلقة حتى ١٥ أبريل.",
  "ووعد الوزير زاهدي بتعويضات قدرها ٢ مليار ريال. ويقول المزارعون في دزفول إنهم فقدوا ٧٠٪ من محصول القمح.",
  "ويلقي خبراء جامعة طهران باللوم على سد الكرخة في أعلى النهر.",
  "وتتوقع هيئة الأرصاد الجوية المزيد من الأمطار يوم الجمعة.",
];

/** Gold EN-FA links. */
export const EN_FA = [
  { source: [0], target: [0] },
  { source: [1, 2], target: [1] },
  { source: [3], target: [2, 3] },
  { source: [4], target: [] },
  { source: [5, 6, 7], target: [4] },
  { source: [8], target: [5] },
];

/** Gold n-way rows. */
export const ROWS = [
  { en: [0], fa: [0], ar: [0] },
  { en: [1, 2], fa: [1], ar: [1, 2] },
  { en: [3], fa: [2, 3], ar: [3] },
  { en: [4], fa: [], ar: [4] },
  { en: [5, 6, 7], fa: [4], ar: [5, 6] },
  { en: [8], fa: [5], ar: [7] },
];
