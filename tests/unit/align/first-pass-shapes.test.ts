// The first pass of the aligner finds the neighbourhood of the path, and the exact pass weighs a bead shape only
// where the first saw one like it within pruneMargin nats of its best (dp.ts plausibility). A first pass without the
// 3-2, 2-3, 4-1 and 1-4 beads could reach a 3-2 link only through a 3-1 and a 0-1, or a 2-1 and a 1-1, often too dear to
// be kept, so the exact pass never weighed the link on its sentences and chose among the pieces it had kept.
import { describe, expect, it } from "vitest";
import { alignedShapes } from "./helpers";

// Genesis 27:37-46 in the King James Version (1769) and the Persian Old Version (1895), both in the public domain,
// from ../shared/bench/data/bible, grouped into paragraphs as the benchmark's builder grouped them (high rates, seed
// 1), with the verses each side lost: the Persian lacks verses 38 and 39. English verses 39-46 are three paragraphs,
// Persian 40-46 two. With a first pass that had no 3-2 bead the exact pass never weighed that link: it linked the
// first English paragraph to the first two Persian ones and the last three English ones to the last Persian one (a
// 1-2 and a 3-1 link, both wrong).
const GENESIS = {
  en: [
    "And Isaac answered and said unto Esau, Behold, I have made him thy lord, and all his brethren have I given to him for servants; and with corn and wine have I sustained him: and what shall I do now unto thee, my son? And Esau said unto his father, Hast thou but one blessing, my father? bless me, even me also, O my father. And Esau lifted up his voice, and wept.",
    "And Isaac his father answered and said unto him, Behold, thy dwelling shall be the fatness of the earth, and of the dew of heaven from above; And by thy sword shalt thou live, and shalt serve thy brother; and it shall come to pass when thou shalt have the dominion, that thou shalt break his yoke from off thy neck. And Esau hated Jacob because of the blessing wherewith his father blessed him: and Esau said in his heart, The days of mourning for my father are at hand; then will I slay my brother Jacob. And these words of Esau her elder son were told to Rebekah: and she sent and called Jacob her younger son, and said unto him, Behold, thy brother Esau, as touching thee, doth comfort himself, purposing to kill thee.",
    "Now therefore, my son, obey my voice; and arise, flee thou to Laban my brother to Haran;",
    "And tarry with him a few days, until thy brother's fury turn away; Until thy brother's anger turn away from thee, and he forget that which thou hast done to him: then I will send, and fetch thee from thence: why should I be deprived also of you both in one day? And Rebekah said to Isaac, I am weary of my life because of the daughters of Heth: if Jacob take a wife of the daughters of Heth, such as these which are of the daughters of the land, what good shall my life do me?",
  ],
  fa: [
    "اسحاق‌ در جواب‌ عیسو گفت‌: «اینك‌ او را بر تو سرور ساختم‌، و همۀ برادرانش‌ را غلامان‌ او گردانیدم‌، و غله‌ و شیره‌ را رزق‌ او دادم‌. پس‌ الا´ن‌ ای‌ پسر من‌، برای‌ تو چه‌ كنم‌؟»",
    "و به‌ شمشیرت‌ خواهی‌ زیست‌، و برادر خود را بندگی‌ خواهی‌ كرد، و واقع‌ خواهد شد كه‌ چون‌ سر باز زدی‌، یوغ‌ او را از گردن‌ خود خواهی‌ انداخت‌. » و عیسو بسبب‌ آن‌ بركتی‌ كه‌ پدرش‌ به‌ یعقوب‌ داده‌ بود، بر او بغض‌ ورزید؛ و عیسو در دل‌ خود گفت‌: «ایام‌ نوحه‌گری‌ برای‌ پدرم‌ نزدیك‌ است‌، آنگاه‌ برادر خود یعقوب‌ را خواهم‌ كشت‌.»",
    "و رفقه‌، از سخنان‌ پسر بزرگ‌ خود، عیسو آگاهی‌ یافت‌. پس‌ فرستاده‌، پسر كوچك‌ خود،یعقوب‌ را خوانده‌، بدو گفت‌: «اینك‌ برادرت‌ عیسو دربارۀ تو خود را تسلی‌ می‌دهد به‌ اینكه‌ تو را بكشد. پس‌ الا´ن‌ ای‌ پسرم‌ سخن‌ مرا بشنو و برخاسته‌، نزد برادرم‌، لابان‌، به‌ حَرّان‌ فرار كن‌. و چند روز نزد وی‌ بمان‌، تا خشم‌ برادرت‌ برگردد. تا غضب‌ برادرت‌ از تو برگردد، و آنچه‌ بدو كردی‌، فراموش‌ كند. آنگاه‌ می‌فرستم‌ و تو را از آنجا باز می‌آورم‌. چرا باید از شما هر دو در یك‌ روز محروم‌ شوم‌؟» و رفقه‌ به‌ اسحاق‌ گفت‌: «بسبب‌ دختران‌ حِتّ از جان‌ خود بیزار شده‌ام‌.اگر یعقوب‌ زنی‌ از دختران‌ حِتّ، مثل‌ اینانی‌ كه‌ دختران‌ این‌ زمینند بگیرد، مرا از حیات‌ چه‌ فایده‌ خواهد بود. »",
  ],
};

describe("the first pass", () => {
  it("weighs the shapes the exact pass may choose, so a 3-2 link is found", () => {
    expect(alignedShapes(GENESIS, "fa")).toEqual([
      { source: [0], target: [0] },
      { source: [1, 2, 3], target: [1, 2] },
    ]);
  });
});
