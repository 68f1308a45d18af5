// What one side of a text has alone is mostly page furniture (a menu, a heading, a caption), seldom a paragraph of
// running text: translators keep their prose, and a short piece of it that stands as a paragraph of its own is far
// more often split off its neighbour than left untranslated (ModelParams.nullProse).
import { describe, expect, it } from "vitest";
import { prepareText } from "@/lib/core/align/align-pair";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { alignedShapes } from "./helpers";

// Ruth 4:4-20 in the King James Version (1769) and the Smith-Van Dyck Arabic Bible (1865), both in the public domain,
// from ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed
// 2), with the verses each side lost. The Arabic splits verses 17 and 18 into two paragraphs; the second, a sentence
// of 32 letters, was left without counterpart before nullProse, and the English paragraph of both verses linked to
// the first alone.
const RUTH = {
  en: [
    "And I thought to advertise thee, saying, Buy it before the inhabitants, and before the elders of my people. If thou wilt redeem it, redeem it: but if thou wilt not redeem it, then tell me, that I may know: for there is none to redeem it beside thee; and I am after thee. And he said, I will redeem it. Then said Boaz, What day thou buyest the field of the hand of Naomi, thou must buy it also of Ruth the Moabitess, the wife of the dead, to raise up the name of the dead upon his inheritance. And the kinsman said, I cannot redeem it for myself, lest I mar mine own inheritance: redeem thou my right to thyself; for I cannot redeem it.",
    "Therefore the kinsman said unto Boaz, Buy it for thee. So he drew off his shoe. And Boaz said unto the elders, and unto all the people, Ye are witnesses this day, that I have bought all that was Elimelech's, and all that was Chilion's and Mahlon's, of the hand of Naomi.",
    "Moreover Ruth the Moabitess, the wife of Mahlon, have I purchased to be my wife, to raise up the name of the dead upon his inheritance, that the name of the dead be not cut off from among his brethren, and from the gate of his place: ye are witnesses this day.",
    "And all the people that were in the gate, and the elders, said, We are witnesses. The LORD make the woman that is come into thine house like Rachel and like Leah, which two did build the house of Israel: and do thou worthily in Ephratah, and be famous in Bethlehem: And let thy house be like the house of Pharez, whom Tamar bare unto Judah, of the seed which the LORD shall give thee of this young woman. So Boaz took Ruth, and she was his wife: and when he went in unto her, the LORD gave her conception, and she bare a son.",
    "And the women said unto Naomi, Blessed be the LORD, which hath not left thee this day without a kinsman, that his name may be famous in Israel. And he shall be unto thee a restorer of thy life, and a nourisher of thine old age: for thy daughter in law, which loveth thee, which is better to thee than seven sons, hath born him. And Naomi took the child, and laid it in her bosom, and became nurse unto it.",
    "And the women her neighbours gave it a name, saying, There is a son born to Naomi; and they called his name Obed: he is the father of Jesse, the father of David. Now these are the generations of Pharez: Pharez begat Hezron,",
    "And Hezron begat Ram, and Ram begat Amminadab, And Amminadab begat Nahshon, and Nahshon begat Salmon,",
  ],
  ar: [
    "فقلت اني اخبرك قائلا اشتر قدام الجالسين وقدام شيوخ شعبي. فان كنت تفكّ ففكّ. وان كنت لا تفكّ فاخبرني لاعلم لانه ليس غيرك يفك وانا بعدك. فقال اني افكّ. فقال بوعز يوم تشتري الحقل من يد نعمي تشتري ايضا من يد راعوث الموآبية امرأة الميت لتقيم اسم الميت على ميراثه.",
    "فقال الولي لا اقدر ان افك لنفسي لئلا افسد ميراثي. ففكّ انت لنفسك فكاكي لاني لا اقدر ان افكّ. وهذه هي العادة سابقا في اسرائيل في امر الفكاك والمبادلة لاجل اثبات كل امر يخلع الرجل نعله ويعطيه لصاحبه. فهذه هي العادة في اسرائيل.",
    "فقال الولي لبوعز اشتر لنفسك. وخلع نعله",
    "فقال بوعز للشيوخ ولجميع الشعب انتم شهود اليوم اني قد اشتريت كل ما لاليمالك وكل ما لكليون ومحلون من يد نعمي.",
    "وكذا راعوث الموآبية امرأة محلون قد اشتريتها لي امرأة لاقيم اسم الميت على ميراثه ولا ينقرض اسم الميت من بين اخوته ومن باب مكانه. انتم شهود اليوم. وليكن بيتك كبيت فارص الذي ولدته ثامار ليهوذا من النسل الذي يعطيك الرب من هذه الفتاة فاخذ بوعز راعوث امرأة ودخل عليها فاعطاها الرب حبلا فولدت ابنا.",
    "فقالت النساء لنعمي مبارك الرب الذي لم يعدمك وليّا اليوم لكي يدعى اسمه في اسرائيل. ويكون لك لارجاع نفس واعالة شيبتك. لان كنتك التي احبتك قد ولدته وهي خير لك من سبعة بنين. فأخذت نعمي الولد ووضعته في حضنها وصارت له مربّية.",
    "وسمّته الجارات اسما قائلات قد ولد ابن لنعمي ودعون اسمه عوبيد. هو ابو يسّى ابي داود",
    "وهذه مواليد فارص. فارص ولد حصرون.",
    "وحصرون ولد رام ورام ولد عميناداب. وعميناداب ولد نحشون ونحشون ولد سلمون.",
  ],
};

describe("a paragraph that reads as prose", () => {
  it("is told from headings, menus and lines that end without a sentence end", () => {
    const { prose } = prepareText({
      lang: "en",
      units: [
        "Floods in Khuzestan force 12,000 people from their homes",
        "Home / World / Middle East",
        "Read more:",
        "Nobody was hurt.",
        'He said: "We will stay."',
        "Heavy rain fell for three days. The river rose by 4 metres and is still rising",
      ],
    });
    expect(Array.from(prose)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("split off its neighbour is linked with it rather than left without counterpart", () => {
    expect(alignedShapes(RUTH, "ar")).toEqual([
      { source: [0], target: [0, 1] },
      { source: [1], target: [2, 3] },
      { source: [2, 3], target: [4] },
      { source: [4], target: [5] },
      { source: [5], target: [6, 7] },
      { source: [6], target: [8] },
    ]);
  });

  it("was left out when it cost no more to leave out than any other line", () => {
    // The same document with nullProse at zero, and without the names of its sentences (which now find the link
    // too), the document's own rate of sentence joins (which makes the join cheaper here) or the word pairs learned
    // from the corpus, which hold these verses (signals/corpus-words.ts): the old answer, an omission next to a 1-1
    // link.
    const model = { nullProse: 0, sentence: { ...DEFAULT_PARAMS.sentence, lexical: 0, joinAdapt: 0 } };
    expect(alignedShapes(RUTH, "ar", { model, corpusWords: null })).toContainEqual({ source: [], target: [7] });
  });
});
