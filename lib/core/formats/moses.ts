// Moses / OPUS plain text: for a language pair, two files with one segment per line, line n of one the
// translation of line n of the other (corpus.en-fa.en, corpus.en-fa.fa). No line may be empty or hold a line
// break, so an n-m bead's paragraphs are joined with a space, line breaks inside a segment become spaces, and a
// unit without text on both sides is left out.
//
// Cleaning follows Moses' clean-corpus-n.perl: whitespace runs collapse to one space, and a pair is dropped when
// either side has fewer than minTokens or more than maxTokens space-separated tokens, or when one side has more
// than maxRatio times the tokens of the other (clean-corpus-n takes the token bounds as arguments, commonly 1 and
// 80, and a ratio of 9 unless told otherwise).

import { FormatProblem } from "./problems";
import { splitLines, stripBom } from "./lines";
import type { ParallelUnit } from "./types";

export interface MosesCleaning {
  maxRatio?: number;
  maxTokens?: number;
  minTokens?: number;
}

export const CLEAN_CORPUS_DEFAULT_RATIO = 9;

const LINE_BREAKS = /[\n\r\u2028\u2029\v\f\u0085]+/g;
const WHITESPACE_RUN = /\s+/g;

/** The two lines a unit becomes for the pair [first, second], or null when it is left out. */
export function toMosesLines(unit: ParallelUnit, pair: readonly [string, string], cleaning?: MosesCleaning): [string, string] | null {
  const first = toLine(unit.texts[pair[0]] ?? "", cleaning !== undefined);
  const second = toLine(unit.texts[pair[1]] ?? "", cleaning !== undefined);
  if (first === "" || second === "") return null;
  if (cleaning && !passesCleaning(first, second, cleaning)) return null;
  return [first, second];
}

function toLine(text: string, collapse: boolean): string {
  return (collapse ? text.replace(WHITESPACE_RUN, " ") : text.replace(LINE_BREAKS, " ")).trim();
}

function passesCleaning(first: string, second: string, { maxRatio, maxTokens, minTokens = 1 }: MosesCleaning): boolean {
  const a = first.split(" ").length;
  const b = second.split(" ").length;
  if (a < minTokens || b < minTokens) return false;
  if (maxTokens !== undefined && (a > maxTokens || b > maxTokens)) return false;
  if (maxRatio !== undefined && (a / b > maxRatio || b / a > maxRatio)) return false;
  return true;
}

/** The file name of one side: corpus.en-fa.en. */
export function mosesFileName(pair: readonly [string, string], lang: string, stem = "corpus"): string {
  return `${stem}.${pair[0]}-${pair[1]}.${lang}`;
}

/** The language of a Moses file from its name's last extension (corpus.en-fa.fa → "fa"), if it has one. */
export function mosesLanguageOf(fileName: string): string | undefined {
  const match = /\.([A-Z]{2,3}(?:[-_][A-Z0-9]{2,8})*)$/i.exec(fileName);
  return match?.[1]?.replace("_", "-");
}

export interface MosesSide {
  lang: string;
  name: string;
  chunks: AsyncIterable<string> | Iterable<string>;
}

/** Reads two line-aligned files in step; throws FormatProblem when their line counts differ or a line is empty on one side only. */
export async function* readMosesPair(first: MosesSide, second: MosesSide): AsyncGenerator<ParallelUnit> {
  const a = splitLines(first.chunks);
  const b = splitLines(second.chunks);
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    if (x.done || y.done) {
      if (x.done && y.done) return;
      // One file ended first: count the rest of the other, so the message gives both totals.
      const common = (x.done ? y.value!.number : x.value!.number) - 1;
      const longer = 1 + (await countRest(x.done ? b : a));
      throw new FormatProblem("moses-line-count", {
        first: first.name,
        firstLines: x.done ? common : common + longer,
        second: second.name,
        secondLines: y.done ? common : common + longer,
      });
    }
    const textA = x.value.number === 1 ? stripBom(x.value.text) : x.value.text;
    const textB = y.value.number === 1 ? stripBom(y.value.text) : y.value.text;
    if (textA.trim() === "" && textB.trim() === "") continue;
    if (textA.trim() === "" || textB.trim() === "") {
      throw new FormatProblem("single-language", { lang: textA.trim() === "" ? second.lang : first.lang, line: x.value.number });
    }
    yield { texts: { [first.lang]: textA, [second.lang]: textB }, line: x.value.number };
  }
}

async function countRest(lines: AsyncGenerator<unknown>): Promise<number> {
  let count = 0;
  while (!(await lines.next()).done) count++;
  return count;
}
