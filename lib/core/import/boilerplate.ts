// Web boilerplate in scraped text: breadcrumbs, share bars, author boxes, comment forms, related-post teasers.
// Every rule looks at the shape of a WHOLE short paragraph (what it is, or how it starts and ends), never at a word
// somewhere inside: "share", «نظر» and «شارك» are common in body text. Marked paragraphs are kept, shown greyed and
// restorable, so a miss costs a click; a false positive on a body paragraph costs an unaligned sentence, which is
// worse, hence the conservative rules.

import { primaryLanguage } from "@/lib/core/lang/languages";
import { foldForMatching } from "@/lib/core/text/fold";
import { finalSentenceEnd } from "@/lib/core/text/sentences";
import { COPYRIGHT, PHRASES, SHARE_FILLERS, SHARE_NETWORKS, type PhraseTable } from "./boilerplate-phrases";
import type { KindMark } from "./types";

/** No rule looks at longer paragraphs: clutter is short, and a long paragraph is body whatever words it holds. */
const MAX_CLUTTER_CHARS = 400;
const MAX_BREADCRUMB_CHARS = 300;
const MAX_BREADCRUMB_SEGMENT_CHARS = 80;
const MAX_COPYRIGHT_CHARS = 250;
/** After "Check Also" or "Leave a Reply": how many paragraphs may follow as teasers or form labels, and how long. */
const MAX_REGION_PARAGRAPHS = 12;
const MAX_TEASER_CHARS = 320;
const MAX_SHARE_TOKENS = 16;

type Region = "related" | "comments";

interface CompiledPhrases {
  readonly homeStart: RegExp;
  readonly related: ReadonlySet<string>;
  readonly comments: ReadonlySet<string>;
  readonly share: ReadonlySet<string>;
  readonly commentNotices: readonly string[];
  readonly author: ReadonlySet<string>;
  readonly labels: readonly string[];
  readonly labelSet: ReadonlySet<string>;
  readonly navigation: ReadonlySet<string>;
  /** The length of the shortest comment notice: a shorter key starts with none. */
  readonly shortestNotice: number;
}

interface Candidate {
  readonly text: string;
  /** NFKC, case-folded, ي/ی ك/ک ة/ه and hamza seats unified, tashkil and ZWNJ gone, spaces collapsed. */
  readonly folded: string;
  /** `folded` without leading bullets and trailing punctuation: "Leave a Reply:" and "leave a reply" are equal. */
  readonly key: string;
  readonly index: number;
  readonly count: number;
}

/**
 * Marks each paragraph "boilerplate" (with the rule that fired) or "body". Rules for English clutter apply to every
 * language (themes are often left untranslated); Persian and Arabic ones only to texts in that language, because a
 * word can be clutter in one and prose in the other (Arabic «نظرات» is "glances").
 */
export function markBoilerplate(paragraphs: readonly string[], lang: string): KindMark[] {
  const phrases = phrasesFor(primaryLanguage(lang));
  // Body marks share one object: a text of millions of one-letter paragraphs made millions of them.
  const marks: KindMark[] = new Array<KindMark>(paragraphs.length).fill(BODY);
  const regions = new Map<number, Region>();

  paragraphs.forEach((text, index) => {
    if (text.length > MAX_CLUTTER_CHARS) return;
    const folded = fold(text);
    const candidate: Candidate = { text: text.trim(), folded, key: keyOf(folded), index, count: paragraphs.length };
    for (const rule of RULES) {
      const verdict = rule.test(candidate, phrases);
      if (verdict) {
        marks[index] = { kind: "boilerplate", rule: rule.name };
        if (verdict !== true) regions.set(index, verdict);
        return;
      }
    }
  });

  if (regions.size > 0) markRegions(paragraphs, marks, regions);
  return marks;
}

const BODY: KindMark = Object.freeze({ kind: "body" });

/** The marks markRegions gives: lines taken for clutter for where they stand, after a marker, not for what they say. */
const REGION_RULE: Readonly<Record<Region, string>> = { related: "related-teaser", comments: "comment-section" };
const REGION_RULES: ReadonlySet<string> = new Set(Object.values(REGION_RULE));

/**
 * Per paragraph, whether it is clutter by what it says (a breadcrumb, a share bar, «اقرأ المزيد:», a copyright
 * line): markBoilerplate's marks less the lines of a region. Those are titles and form labels shaped like any short
 * line, so that where a "Read more:" stands alone in the middle of an article, the paragraph after it is marked
 * too; an import shows them greyed and a click restores one, but an aligner that cannot ask (the command line)
 * leaves out only these. On the benchmark's documents (both rates, seeds 1-2) they were 1,273 paragraphs, all of
 * them clutter; the region lines added 19 clutter paragraphs and 5 of prose (19 before a link line had to be one
 * sentence that stops at no clause mark, see isTeaserShaped).
 */
export function clutterUnits(paragraphs: readonly string[], lang: string): boolean[] {
  return markBoilerplate(paragraphs, lang).map((mark) => mark.kind === "boilerplate" && !REGION_RULES.has(mark.rule ?? ""));
}

// Teasers after "Check Also" and the form after "Leave a Reply" are short lines that no phrase names: a title, an
// excerpt ending in "...". The region ends at the first paragraph that reads like prose (ends as a sentence does:
// . ! ? ؟ ۔ … or any other end the sentence splitter knows, perhaps inside quotes) or is long, and at a short line
// past the first one that introduces prose (a subheading), so that an «اقرأ أيضا» link in the middle of an Arabic
// article costs only the linked title. The first line after the marker is that link, and titles may ask or exclaim
// ("What Is the Story of the Shooting Competition?"): only a full stop makes it prose.
function markRegions(paragraphs: readonly string[], marks: KindMark[], regions: ReadonlyMap<number, Region>): void {
  let region: Region | null = null;
  let remaining = 0;
  paragraphs.forEach((text, index) => {
    const opened = regions.get(index);
    if (opened) {
      region = opened;
      remaining = MAX_REGION_PARAGRAPHS;
      return;
    }
    if (marks[index]!.kind === "boilerplate") return;
    const isLink = remaining === MAX_REGION_PARAGRAPHS;
    if (region && remaining > 0 && isTeaserShaped(text, isLink) && (isLink || !introducesProse(paragraphs, marks, index))) {
      marks[index] = { kind: "boilerplate", rule: REGION_RULE[region] };
      remaining--;
      return;
    }
    region = null;
  });
}

const FULL_STOPS = new Set([".", "。", "۔", "．", "｡"]);

// A title is one sentence and does not stop at a clause mark. A line of two sentences, or one that ends with ";" or
// ":", is prose (a verse, a list item) that happens to follow a "Read more:" standing alone in an article.
const INNER_SENTENCE_END = /[.!?؟۔]["'»”’)\]]*\s+\S/u;
const CLAUSE_END = /[;؛:：,،]\s*$/u;

function isTeaserShaped(text: string, isLink = false): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_TEASER_CHARS) return false;
  if (/(?:\.\.\.|…)[\])»"'”’]*$/u.test(trimmed)) return true;
  if (CLAUSE_END.test(trimmed) || INNER_SENTENCE_END.test(trimmed)) return false;
  const end = finalSentenceEnd(trimmed);
  return end === "" || (isLink && !FULL_STOPS.has(end));
}

/** Whether the next paragraph that is not already boilerplate reads as prose. */
function introducesProse(paragraphs: readonly string[], marks: readonly KindMark[], index: number): boolean {
  for (let next = index + 1; next < paragraphs.length; next++) {
    if (marks[next]!.kind !== "boilerplate") return !isTeaserShaped(paragraphs[next]!);
  }
  return false;
}

interface Rule {
  readonly name: string;
  /** true: boilerplate; a region: boilerplate that opens a region of teasers or form lines; false: no match. */
  test(candidate: Candidate, phrases: CompiledPhrases): boolean | Region;
}

// Each rule first asks a cheap question that its pattern needs (a separator, a colon, a digit, a minimum length)
// before running the pattern: every short paragraph meets every rule, and a text can hold millions of them.
const RULES: readonly Rule[] = [
  {
    // "Home / All / Letter from ...", «خانه / اخبار / ...», «الرئيسية » أخبار», or a trail of » or › separators.
    name: "breadcrumb",
    test: ({ folded }, phrases) =>
      folded.length <= MAX_BREADCRUMB_CHARS &&
      BREADCRUMB_SEPARATOR.test(folded) &&
      (phrases.homeStart.test(folded) || isSeparatorTrail(folded)),
  },
  {
    name: "comment-notice",
    test: ({ key }, phrases) =>
      key.length >= phrases.shortestNotice && phrases.commentNotices.some((notice) => key.startsWith(notice)),
  },
  {
    name: "copyright",
    test: ({ key }) =>
      key.length <= MAX_COPYRIGHT_CHARS &&
      (key.includes("©") ||
        (key.length >= SHORTEST_COPYRIGHT &&
          (/^(?:copyright\b|\(c\) ?\d)/.test(key) ||
            COPYRIGHT_STARTS.some((phrase) => key.startsWith(phrase)) ||
            COPYRIGHT_ENDS.some((phrase) => key.endsWith(phrase)) ||
            (PERSIAN_COPYRIGHT_STARTS.some((phrase) => key.startsWith(phrase)) &&
              PERSIAN_COPYRIGHT_WORDS.some((word) => key.includes(word)))))),
  },
  {
    name: "related-marker",
    test: ({ key }, phrases) => (phrases.related.has(key) ? "related" : false),
  },
  {
    // "Leave a Reply", «ارسال نظر», «أضف تعليق», and counts: "3 Comments", «۵ دیدگاه», «٣ تعليقات».
    name: "comment-prompt",
    test: ({ key }, phrases) =>
      phrases.comments.has(key) || (isAsciiDigit(key.charCodeAt(0)) && COMMENT_COUNT.test(key)) ? "comments" : false,
  },
  {
    // A share bar has two words at least (two networks, or a network and a share verb).
    name: "share-bar",
    test: ({ key }, phrases) => phrases.share.has(key) || (SHARE_SEPARATORS.test(key) && isShareBar(key)),
  },
  {
    // "About the author"; "About Ali Teymoori" only in the second half of the text, where author boxes sit, and only
    // as a capitalized name of one to five words, so that "About 300 people came" or "About us" (nav) differ.
    name: "author-box",
    test: ({ key, text, index, count }, phrases) =>
      phrases.author.has(key) || (index >= count / 2 && text.startsWith("About") && ABOUT_NAME.test(text)),
  },
  {
    name: "analytics",
    test: ({ key }) =>
      key.includes("analytics") && /^(?:google analytics|web analytics|analytics)(?: alternative| tracking| code)?$/.test(key),
  },
  {
    name: "site-credit",
    test: ({ key }) =>
      key.includes(" by ") && /^(?:proudly )?(?:powered by|theme by|designed by|developed by|site by) [^.!?]{1,60}$/.test(key),
  },
  {
    // "Tags: Iran, Gaza", «برچسب‌ها: ...», «کد خبر: ۱۲۳۴», «الوسوم: ...»: a label, a colon, then anything short.
    name: "label-line",
    test: ({ folded }, phrases) =>
      (folded.includes(":") || folded.includes("：")) &&
      phrases.labels.some((label) => folded.startsWith(label) && /^\s*[:：]/u.test(folded.slice(label.length))),
  },
  {
    name: "navigation",
    test: ({ key }, phrases) => phrases.navigation.has(key) || phrases.labelSet.has(key),
  },
];

/** Every breadcrumb holds one of these: homeStart's separators, and the trail's » and ›. */
const BREADCRUMB_SEPARATOR = /[/»«›‹>|→←]/u;
const SHORTEST_COPYRIGHT = 4; // "(c)1"; the phrases are longer

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const ABOUT_NAME = /^About(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|al-\p{L}+|bin|ibn|de|van|von|da)){1,5}$/u;
const COMMENT_COUNT = /^\d+ (?:comments?|responses?|replies|thoughts? on .+|دیدگاه|نظر|تعلیق|تعلیقات)$/u;
// "News » Politics » Iran": separators with spaces on both sides. Persian and Arabic quote with «», so a text
// holding « is never a trail, and a closing » glued to a word («سلام») is a quotation mark, not a separator.
// The lookbehind lets only the first space of a run try to match (every paragraph here is short, but a pattern that
// rescans a run from each of its spaces is quadratic wherever it is reused).
const TRAIL_SEPARATOR = /(?<!\s)\s+[»›]\s+/u;

function isSeparatorTrail(folded: string): boolean {
  if (/[«‹]/u.test(folded)) return false;
  const segments = folded.split(TRAIL_SEPARATOR);
  if (segments.length < 3) return false;
  return segments.every(
    (segment) => segment.length > 0 && segment.length <= MAX_BREADCRUMB_SEGMENT_CHARS && !/[.!?؟]$/u.test(segment),
  );
}

// Multi-word names ("copy link", «فیس بوک») are joined with "_" before the key is cut into tokens.
const SHARE_NETWORK_KEYS = SHARE_NETWORKS.map(fold);
const SHARE_FILLER_KEYS = SHARE_FILLERS.map(fold);
const SHARE_MULTIWORD = [...SHARE_NETWORK_KEYS, ...SHARE_FILLER_KEYS]
  .filter((w) => w.includes(" "))
  .sort((a, b) => b.length - a.length);
const SHARE_NETWORK_TOKENS = new Set(SHARE_NETWORK_KEYS.map((w) => w.replace(/ /g, "_")));
const SHARE_TOKENS = new Set([...SHARE_NETWORK_TOKENS, ...SHARE_FILLER_KEYS.map((w) => w.replace(/ /g, "_"))]);
/** Every word of every entry, for a cheap first test that rejects almost every paragraph. */
const SHARE_WORDS = new Set([...SHARE_NETWORK_KEYS, ...SHARE_FILLER_KEYS].flatMap((w) => w.split(" ")));
// Not the hyphen-minus, which is inside "e-mail"; a lone " - " between names is dropped as a token without letters.
const SHARE_SEPARATORS = /[\s|,،·•/:–—]+/u;
/** The runs between SHARE_SEPARATORS. */
const SHARE_WORD_RUN = /[^\s|,،·•/:–—]+/gu;
const isWord = (token: string): boolean => /\p{L}/u.test(token);
const SHARE_VERBS = new Set(["share", "اشتراک", "اشتراک_گذاری", "شارک", "مشارکه"].map(fold));

// "Facebook Twitter WhatsApp", "Share on Telegram", «اشتراک در تلگرام»: only network names and filler words, with at
// least two networks or a share verb, so that a lone "Email" or «بله» ("yes", also a messenger) is not a share bar.
function isShareBar(key: string): boolean {
  // Word by word, so that a paragraph of prose is dismissed at its first word that no share bar has.
  const words: string[] = [];
  SHARE_WORD_RUN.lastIndex = 0;
  for (let match = SHARE_WORD_RUN.exec(key); match; match = SHARE_WORD_RUN.exec(key)) {
    const word = match[0];
    if (!isWord(word)) continue;
    if (words.push(word) > MAX_SHARE_TOKENS * 2 || !SHARE_WORDS.has(word)) return false;
  }
  if (words.length === 0) return false;
  let joined = key;
  if (words.length > 1) {
    for (const phrase of SHARE_MULTIWORD) if (joined.includes(phrase)) joined = joined.split(phrase).join(phrase.replace(/ /g, "_"));
  }
  const tokens = words.length > 1 ? joined.split(SHARE_SEPARATORS).filter(isWord) : words;
  if (tokens.length === 0 || tokens.length > MAX_SHARE_TOKENS) return false;
  if (!tokens.every((token) => SHARE_TOKENS.has(token))) return false;
  const networks = tokens.filter((token) => SHARE_NETWORK_TOKENS.has(token)).length;
  return networks >= 2 || (networks >= 1 && tokens.some((token) => SHARE_VERBS.has(token)));
}

const COPYRIGHT_STARTS = COPYRIGHT.starts.map(fold);
const COPYRIGHT_ENDS = COPYRIGHT.ends.map(fold);
const PERSIAN_COPYRIGHT_STARTS = COPYRIGHT.persianStarts.map(fold);
const PERSIAN_COPYRIGHT_WORDS = COPYRIGHT.persianMustContain.map(fold);

const compiled = new Map<string, CompiledPhrases>();

function phrasesFor(primary: string): CompiledPhrases {
  let result = compiled.get(primary);
  if (!result) {
    const tables: PhraseTable[] = [PHRASES.en];
    if (primary === "fa" || primary === "ar") tables.push(PHRASES[primary]);
    result = compilePhrases(tables);
    compiled.set(primary, result);
  }
  return result;
}

function compilePhrases(tables: readonly PhraseTable[]): CompiledPhrases {
  const all = (pick: (table: PhraseTable) => readonly string[]): string[] =>
    tables.flatMap(pick).map((phrase) => keyOf(fold(phrase)));
  const homes = all((t) => t.home).map(escapeRegExp).join("|");
  const commentNotices = all((t) => t.commentNotices);
  const labels = all((t) => t.labels);
  return {
    homeStart: new RegExp(`^(?:${homes})\\s*[/»«›‹>|→←]`, "u"),
    related: new Set(all((t) => t.related)),
    comments: new Set(all((t) => t.comments)),
    share: new Set(all((t) => t.share)),
    commentNotices,
    author: new Set(all((t) => t.author)),
    labels,
    labelSet: new Set(labels),
    navigation: new Set(all((t) => t.navigation)),
    shortestNotice: Math.min(...commentNotices.map((notice) => notice.length)),
  };
}

/**
 * Matching form of a paragraph: NFKC first so that Arabic presentation forms (ﻻ, ﷲ) become letters. ASCII text
 * takes a shortcut (normalization and mark stripping leave it unchanged), which halves the time on English.
 */
function fold(text: string): string {
  const folded = /^[\x20-\x7e\t\n]*$/.test(text) ? text.toLowerCase() : foldForMatching(text.normalize("NFKC"));
  return folded.replace(/\s+/gu, " ").trim();
}

// The characters keyOf strips from a key's start and from its end.
const KEY_LEAD = new Set([..."-–—•·*|>»«›‹:"]);
const KEY_TRAIL = new Set([..."-–—•·*|:：.!…>»«›‹"]);

/** `folded` (trimmed, as fold returns it) without leading bullets and trailing punctuation. */
function keyOf(folded: string): string {
  // Most paragraphs have nothing to strip: two Set lookups instead of two replaces.
  if (folded === "" || (!KEY_LEAD.has(folded[0]!) && !KEY_TRAIL.has(folded[folded.length - 1]!))) return folded;
  return folded.replace(/^[\s\-–—•·*|>»«›‹:]+/u, "").replace(/(?<![\s\-–—•·*|:：.!…>»«›‹])[\s\-–—•·*|:：.!…>»«›‹]+$/u, "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
