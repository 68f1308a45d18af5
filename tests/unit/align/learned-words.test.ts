// Word pairs the document teaches (signals/learned-words.ts): the words that keep turning up together in the first
// pass's cheap 1-1 links become anchors of the exact pass.
import { describe, expect, it } from "vitest";
import { prepareText } from "@/lib/core/align/align-pair";
import { DEFAULT_PARAMS } from "@/lib/core/align/model";
import { learnWords, type LearnedWords } from "@/lib/core/align/signals/learned-words";
import { foldForMatching } from "@/lib/core/text/fold";
import { alignedShapes, alignParagraphs } from "./helpers";

// Matthew 13:12-39 in the King James Version (1769) and the Van Dyck Arabic (1865), both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (low rates, seed 1),
// verses either side lost left out, and a line of page clutter ("click here to watch the video") after the Arabic's
// first paragraph. Every paragraph is a 1-1 link; the clutter stands alone.
const MATTHEW_13 = {
  en: [
    "For whosoever hath, to him shall be given, and he shall have more abundance: but whosoever hath not, from him shall be taken away even that he hath. Therefore speak I to them in parables: because they seeing see not; and hearing they hear not, neither do they understand.",
    "And in them is fulfilled the prophecy of Esaias, which saith, By hearing ye shall hear, and shall not understand; and seeing ye shall see, and shall not perceive: For this people's heart is waxed gross, and their ears are dull of hearing, and their eyes they have closed; lest at any time they should see with their eyes, and hear with their ears, and should understand with their heart, and should be converted, and I should heal them.",
    "But blessed are your eyes, for they see: and your ears, for they hear.",
    "For verily I say unto you, That many prophets and righteous men have desired to see those things which ye see, and have not seen them; and to hear those things which ye hear, and have not heard them. Hear ye therefore the parable of the sower.",
    "When any one heareth the word of the kingdom, and understandeth it not, then cometh the wicked one, and catcheth away that which was sown in his heart. This is he which received seed by the way side.",
    "But he that received the seed into stony places, the same is he that heareth the word, and anon with joy receiveth it;",
    "Yet hath he not root in himself, but dureth for a while: for when tribulation or persecution ariseth because of the word, by and by he is offended. He also that received seed among the thorns is he that heareth the word; and the care of this world, and the deceitfulness of riches, choke the word, and he becometh unfruitful.",
    "But he that received seed into the good ground is he that heareth the word, and understandeth it; which also beareth fruit, and bringeth forth, some an hundredfold, some sixty, some thirty. Another parable put he forth unto them, saying, The kingdom of heaven is likened unto a man which sowed good seed in his field: But while men slept, his enemy came and sowed tares among the wheat, and went his way.",
    "But when the blade was sprung up, and brought forth fruit, then appeared the tares also. So the servants of the householder came and said unto him, Sir, didst not thou sow good seed in thy field? from whence then hath it tares?",
    "He said unto them, An enemy hath done this. The servants said unto him, Wilt thou then that we go and gather them up? But he said, Nay; lest while ye gather up the tares, ye root up also the wheat with them. Let both grow together until the harvest: and in the time of harvest I will say to the reapers, Gather ye together first the tares, and bind them in bundles to burn them: but gather the wheat into my barn.",
    "Another parable put he forth unto them, saying, The kingdom of heaven is like to a grain of mustard seed, which a man took, and sowed in his field:",
    "Which indeed is the least of all seeds: but when it is grown, it is the greatest among herbs, and becometh a tree, so that the birds of the air come and lodge in the branches thereof.",
    "Another parable spake he unto them; The kingdom of heaven is like unto leaven, which a woman took, and hid in three measures of meal, till the whole was leavened. All these things spake Jesus unto the multitude in parables; and without a parable spake he not unto them:",
    "That it might be fulfilled which was spoken by the prophet, saying, I will open my mouth in parables; I will utter things which have been kept secret from the foundation of the world.",
    "Then Jesus sent the multitude away, and went into the house: and his disciples came unto him, saying, Declare unto us the parable of the tares of the field. He answered and said unto them, He that soweth the good seed is the Son of man; The field is the world; the good seed are the children of the kingdom; but the tares are the children of the wicked one;",
    "The enemy that sowed them is the devil; the harvest is the end of the world; and the reapers are the angels.",
  ],
  ar: [
    "فان من له سيعطى ويزاد. واما من ليس له فالذي عنده سيؤخذ منه. من اجل هذا اكلمهم بامثال. لانهم مبصرين لا يبصرون وسامعين لا يسمعون ولا يفهمون.",
    "اضغط هنا لمشاهدة الفيديو",
    "فقد تمت فيهم نبوة اشعياء القائلة تسمعون سمعا ولا تفهمون. ومبصرين تبصرون ولا تنظرون. لان قلب هذا الشعب قد غلظ. وآذانهم قد ثقل سماعها. وغمضوا عيونهم لئلا يبصروا بعيونهم ويسمعوا بآذانهم ويفهموا بقلوبهم ويرجعوا فاشفيهم.",
    "ولكن طوبى لعيونكم لانها تبصر. ولآذانكم لانها تسمع.",
    "فاني الحق اقول لكم ان انبياء وابرارا كثيرين اشتهوا ان يروا ما انتم ترون ولم يروا. وان يسمعوا ما انتم تسمعون ولم يسمعوا فاسمعوا انتم مثل الزارع.",
    "كل من يسمع كلمة الملكوت ولا يفهم فيأتي الشرير ويخطف ما قد زرع في قلبه. هذا هو المزوع على الطريق.",
    "والمزروع على الاماكن المحجرة هو الذي يسمع الكلمة وحالا يقبلها بفرح.",
    "ولكن ليس له اصل في ذاته بل هو الى حين. فاذا حدث ضيق او اضطهاد من اجل الكلمة فحالا يعثر. والمزروع بين الشوك هو الذي يسمع الكلمة. وهم هذا العالم وغرور الغنى يخنقان الكلمة فيصير بلا ثمر.",
    "واما المزروع على الارض الجيدة فهو الذي يسمع الكلمة ويفهم. وهو الذي يأتي بثمر فيصنع بعض مئة وآخر ستين وآخر ثلاثين قدم لهم مثلا آخر قائلا. يشبه ملكوت السموات انسانا زرع زرعا جيدا في حقله. وفيما الناس نيام جاء عدوه وزرع زوانا في وسط الحنطة ومضى.",
    "فلما طلع النبات وصنع ثمرا حينئذ ظهر الزوان ايضا. فجاء عبيد رب البيت وقالوا له يا سيد أليس زرعا جيدا زرعت في حقلك. فمن اين له زوان.",
    "فقال لهم. انسان عدو فعل هذا. فقال له العبيد أتريد ان نذهب ونجمعه. فقال لا. لئلا تقلعوا الحنطة مع الزوان وانتم تجمعونه. دعوهما ينميان كلاهما معا الى الحصاد. وفي وقت الحصاد اقول للحصادين اجمعوا اولا الزوان واحزموه حزما ليحرق. واما الحنطة فاجمعوها الى مخزني",
    "قدم لهم مثلا آخر قائلا. يشبه ملكوت السموات حبة خردل اخذها انسان وزرعها في حقله.",
    "وهي اصغر جميع البزور. لكن متى نمت فهي اكبر البقول. وتصير شجرة حتى ان طيور السماء تأتي وتتآوى في اغصانها",
    "قال لهم مثلا آخر. يشبه ملكوت السموات خميرة اخذتها امرأة وخبأتها في ثلاثة اكيال دقيق حتى اختمر الجميع. هذا كله كلم به يسوع الجموع بامثال. وبدون مثل لم يكن يكلمهم",
    "لكي يتم ما قيل بالنبي القائل سأفتح بامثال فمي وانطق بمكتومات منذ تأسيس العالم",
    "حينئذ صرف يسوع الجموع وجاء الى البيت. فتقدم اليه تلاميذه قائلين فسّر لنا مثل زوان الحقل. فاجاب وقال لهم. الزارع الزرع الجيد هو ابن الانسان. والحقل هو العالم. والزرع الجيد هو بنو الملكوت. والزوان هو بنو الشرير.",
    "والعدو الذي زرعه هو ابليس. والحصاد هو انقضاء العالم. والحصادون هم الملائكة.",
  ],
};

// Matthew 12:2-30 in the King James Version (1769) and the Van Dyck Arabic (1865), both in the public domain, from
// ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed 2),
// the chapter's first verse left out. The English lacks 12:19, which the Arabic has as a paragraph of its own (the
// ninth), and 12:25; the Arabic lacks 12:21, 12:26 and 12:30. Every other paragraph is a 1-1 link.
const MATTHEW_12 = {
  en: [
    "But when the Pharisees saw it, they said unto him, Behold, thy disciples do that which is not lawful to do upon the sabbath day. But he said unto them, Have ye not read what David did, when he was an hungred, and they that were with him;",
    "How he entered into the house of God, and did eat the shewbread, which was not lawful for him to eat, neither for them which were with him, but only for the priests? Or have ye not read in the law, how that on the sabbath days the priests in the temple profane the sabbath, and are blameless? But I say unto you, That in this place is one greater than the temple.",
    "But if ye had known what this meaneth, I will have mercy, and not sacrifice, ye would not have condemned the guiltless. For the Son of man is Lord even of the sabbath day. And when he was departed thence, he went into their synagogue:",
    "And, behold, there was a man which had his hand withered. And they asked him, saying, Is it lawful to heal on the sabbath days? that they might accuse him.",
    "And he said unto them, What man shall there be among you, that shall have one sheep, and if it fall into a pit on the sabbath day, will he not lay hold on it, and lift it out? How much then is a man better than a sheep? Wherefore it is lawful to do well on the sabbath days.",
    "Then saith he to the man, Stretch forth thine hand. And he stretched it forth; and it was restored whole, like as the other.",
    "Then the Pharisees went out, and held a council against him, how they might destroy him. But when Jesus knew it, he withdrew himself from thence: and great multitudes followed him, and he healed them all;",
    "And charged them that they should not make him known: That it might be fulfilled which was spoken by Esaias the prophet, saying, Behold my servant, whom I have chosen; my beloved, in whom my soul is well pleased: I will put my spirit upon him, and he shall shew judgment to the Gentiles.",
    "A bruised reed shall he not break, and smoking flax shall he not quench, till he send forth judgment unto victory. And in his name shall the Gentiles trust. Then was brought unto him one possessed with a devil, blind, and dumb: and he healed him, insomuch that the blind and dumb both spake and saw.",
    "And all the people were amazed, and said, Is not this the son of David? But when the Pharisees heard it, they said, This fellow doth not cast out devils, but by Beelzebub the prince of the devils. And if Satan cast out Satan, he is divided against himself; how shall then his kingdom stand?",
    "And if I by Beelzebub cast out devils, by whom do your children cast them out? therefore they shall be your judges. But if I cast out devils by the Spirit of God, then the kingdom of God is come unto you. Or else how can one enter into a strong man's house, and spoil his goods, except he first bind the strong man? and then he will spoil his house. He that is not with me is against me; and he that gathereth not with me scattereth abroad.",
  ],
  ar: [
    "فالفريسيون لما نظروا قالوا له هوذا تلاميذك يفعلون ما لا يحل فعله في السبت. فقال لهم أما قرأتم ما فعله داود حين جاع هو والذين معه.",
    "كيف دخل بيت الله واكل خبز التقدمة الذي لم يحل اكله له ولا للذين معه بل للكهنة فقط. او ما قرأتم في التوراة ان الكهنة في السبت في الهيكل يدنسون السبت وهم ابرياء. ولكن اقول لكم ان ههنا اعظم من الهيكل.",
    "فلو علمتم ما هو. اني اريد رحمة لا ذبيحة. لما حكمتم على الابرياء. فان ابن الانسان هو رب السبت ايضا ثم انصرف من هناك وجاء الى مجمعهم.",
    "واذا انسان يده يابسة. فسألوه قائلين هل يحل الابراء في السبوت. لكي يشتكوا عليه.",
    "فقال لهم اي انسان منكم يكون له خروف واحد فان سقط هذا في السبت في حفرة أفما يمسكه ويقيمه. فالانسان كم هو افضل من الخروف. اذا يحل فعل الخير في السبوت.",
    "ثم قال للانسان مدّ يدك. فمدها. فعادت صحيحة كالاخرى",
    "فلما خرج الفريسيون تشاوروا عليه لكي يهلكوه. فعلم يسوع وانصرف من هناك. وتبعته جموع كثيرة فشفاهم جميعا.",
    "واوصاهم ان لا يظهروه. لكي يتم ما قيل باشعياء النبي القائل. هوذا فتاي الذي اخترته حبيبي الذي سرّت به نفسي. اضع روحي عليه فيخبر الامم بالحق.",
    "لا يخاصم ولا يصيح ولا يسمع احد في الشوارع صوته.",
    "قصبة مرضوضة لا يقصف. وفتيلة مدخنة لا يطفئ. حتى يخرج الحق الى النصرة. حينئذ أحضر اليه مجنون اعمى واخرس. فشفاه حتى ان الاعمى الاخرس تكلم وابصر.",
    "فبهت كل الجموع وقالوا ألعل هذا هو ابن داود. اما الفريسيون فلما سمعوا قالوا هذا لا يخرج الشياطين الا ببعلزبول رئيس الشياطين. فعلم يسوع افكارهم وقال لهم كل مملكة منقسمة على ذاتها تخرب. وكل مدينة او بيت منقسم على ذاته لا يثبت.",
    "وان كنت انا ببعلزبول اخرج الشياطين فابناؤكم بمن يخرجون. لذلك هم يكونون قضاتكم. ولكن ان كنت انا بروح الله اخرج الشياطين فقد اقبل عليكم ملكوت الله. ام كيف يستطيع احد ان يدخل بيت القوي وينهب امتعته ان لم يربط القوي اولا. وحينئذ ينهب بيته.",
  ],
};

const NO_LEARNING = { learn: { ...DEFAULT_PARAMS.learn, maxLinks: 0 } };

const identity = (n: number) => Array.from({ length: n }, (_, k) => [k, k] as const);

/** The pair numbers of two words, folded as the aligner folds them (undefined when a word was not paired). */
function pairOf(learned: LearnedWords, lang: string, word: string): number | undefined {
  return learned.pairs.get(lang)?.get(foldForMatching(word));
}

describe("word pairs learned from the document", () => {
  it("pairs the words a literal translation repeats, each word once", () => {
    const en = prepareText({ lang: "en", units: MATTHEW_13.en });
    const ar = prepareText({ lang: "ar", units: MATTHEW_13.ar });
    // The gold 1-1 links: English paragraph k is Arabic paragraph k + 1 after the clutter line.
    const links = identity(MATTHEW_13.en.length).map(([k]) => [k, k === 0 ? 0 : k + 1] as const);
    const learned = learnWords(en, ar, links, DEFAULT_PARAMS.learn)!;
    expect(learned).toBeDefined();
    for (const [english, arabic] of [
      ["heareth", "يسمع"],
      ["word", "كلمة"],
      ["wicked", "الشرير"],
      ["parables", "بامثال"],
    ] as const) {
      expect(pairOf(learned, "en", english)).toBeDefined();
      expect(pairOf(learned, "en", english)).toBe(pairOf(learned, "ar", arabic));
    }
    // Competitive linking: no pair number on either side twice.
    for (const paired of learned.pairs.values()) expect(new Set(paired.values()).size).toBe(paired.size);
  });

  it("does not learn a co-occurrence that chance explains", () => {
    // "zorp" and "قرطم" are together in two links, and every other word once. In four links two words each seen twice
    // are together twice one time in six by chance; in forty, one time in 780.
    const texts = (n: number) => ({
      en: Array.from({ length: n }, (_, k) => `${k < 2 ? "zorp " : ""}word${k} filler${k}`),
      ar: Array.from({ length: n }, (_, k) => `${k < 2 ? "قرطم " : ""}كلمة${"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"[k % 28]}${"ابتثجحخدذرزسشصضطظعغفقكلمنهوي"[Math.floor(k / 28)]}`),
    });
    const learnedIn = (n: number) => {
      const { en, ar } = texts(n);
      return learnWords(prepareText({ lang: "en", units: en }), prepareText({ lang: "ar", units: ar }), identity(n), DEFAULT_PARAMS.learn);
    };
    expect(learnedIn(4)).toBeUndefined();
    const learned = learnedIn(40)!;
    expect(pairOf(learned, "en", "zorp")).toBeDefined();
    expect(pairOf(learned, "en", "zorp")).toBe(pairOf(learned, "ar", "قرطم"));
  });

  it("learns from ten links a pair together in three of them, and from nine nothing at all", () => {
    // In nine links a word may be in two (30 %), and two words together twice are so one time in 36 by chance; in
    // ten, a word may be in three, and three times together is one time in 120: under the bound of 1 in 100.
    const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    const learnedIn = (n: number) => {
      const en = Array.from({ length: n }, (_, k) => `${k < 3 ? "zorp " : ""}filler${k}`);
      const ar = Array.from({ length: n }, (_, k) => `${k < 3 ? "قرطم " : ""}حشو${letters[k]}`);
      return learnWords(prepareText({ lang: "en", units: en }), prepareText({ lang: "ar", units: ar }), identity(n), DEFAULT_PARAMS.learn);
    };
    expect(learnedIn(9)).toBeUndefined();
    const learned = learnedIn(10)!;
    expect(pairOf(learned, "en", "zorp")).toBeDefined();
    expect(pairOf(learned, "en", "zorp")).toBe(pairOf(learned, "ar", "قرطم"));
  });

  it("reads a Persian word whole: no Arabic clitic comes off it", () => {
    // Persian writes و, به and از apart, so برای "for" is not ب + رای "vote". Read as one, رای would be in every link
    // that has برای (thirty of forty), too widespread to pair with "vote" (ten).
    const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    const en = Array.from({ length: 40 }, (_, k) => `${k < 10 ? "vote " : k < 30 ? "for " : ""}filler${k}`);
    const fa = Array.from({ length: 40 }, (_, k) => `${k < 10 ? "رای " : k < 30 ? "برای " : ""}پر${letters[k % 28]}${letters[Math.floor(k / 28)]}`);
    const learned = learnWords(prepareText({ lang: "en", units: en }), prepareText({ lang: "fa", units: fa }), identity(40), DEFAULT_PARAMS.learn)!;
    expect(pairOf(learned, "en", "vote")).toBeDefined();
    expect(pairOf(learned, "en", "vote")).toBe(pairOf(learned, "fa", "رای"));
  });

  it("skips links whose words would take the counting past its bound, and learns from the others", () => {
    // Two enormous paragraphs a side holding the same 1,500 words: 2.25 million pairs each, past maxCounts. Counted,
    // every one of those words would pair with one of the other side's (together twice in forty links).
    const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    const arabicWord = (k: number) => `${letters[k % 28]}${letters[Math.floor(k / 28) % 28]}${letters[Math.floor(k / 784) % 28]}`;
    const words = (make: (k: number) => string) => Array.from({ length: 1500 }, (_, k) => make(k)).join(" ");
    const en = Array.from({ length: 40 }, (_, k) => (k === 20 || k === 21 ? words((x) => `w${x}`) : `${k < 10 ? "zorp " : ""}filler${k}`));
    const ar = Array.from({ length: 40 }, (_, k) => (k === 20 || k === 21 ? words(arabicWord) : `${k < 10 ? "قرطم " : ""}حشو${arabicWord(2000 + k)}`));
    const learned = learnWords(prepareText({ lang: "en", units: en }), prepareText({ lang: "ar", units: ar }), identity(40), DEFAULT_PARAMS.learn)!;
    expect(pairOf(learned, "en", "zorp")).toBe(pairOf(learned, "ar", "قرطم"));
    expect(learned.size).toBe(1);
  });

  it("lets the exact pass leave a line of clutter alone", () => {
    const expected = [
      { source: [0], target: [0] },
      { source: [], target: [1] },
      ...MATTHEW_13.en.slice(1).map((_, k) => ({ source: [k + 1], target: [k + 2] })),
    ];
    expect(alignedShapes(MATTHEW_13, "ar")).toEqual(expected);
  });

  it("lets the exact pass leave a verse only one side has alone, which it otherwise ran into its neighbours' link", () => {
    const expected = [
      ...MATTHEW_12.en.slice(0, 8).map((_, k) => ({ source: [k], target: [k] })),
      { source: [], target: [8] },
      ...MATTHEW_12.en.slice(8).map((_, k) => ({ source: [k + 8], target: [k + 9] })),
    ];
    expect(alignedShapes(MATTHEW_12, "ar")).toEqual(expected);
    // The built-in word list now tells this alone; with it weighed less (0.5 instead of 0.8, its misses at 0.15
    // instead of 0.3), the paragraph passes (alignPair without its cuts at sentence seams) run 12:19 into 12:18's
    // link without the learned words, and leave it alone with them (both without the word pairs learned from the
    // corpus, which hold these verses: signals/corpus-words.ts).
    const weaker = { signalWeight: { ...DEFAULT_PARAMS.signalWeight, common: 0.5 }, signalMiss: { ...DEFAULT_PARAMS.signalMiss, common: 0.15 } };
    const without = alignedShapes(MATTHEW_12, "ar", { model: { ...weaker, ...NO_LEARNING }, corpusWords: null }, alignParagraphs);
    expect(without).toContainEqual({ source: [7], target: [7, 8] });
    const learned = alignedShapes(MATTHEW_12, "ar", { model: weaker, corpusWords: null }, alignParagraphs);
    expect(learned).toContainEqual({ source: [], target: [8] });
    expect(learned).toContainEqual({ source: [8], target: [9] });
    expect(learned.filter((link) => link.source.length > 1 || link.target.length > 1)).toEqual([]);
  });
});
