// Lines out of text arriving in chunks, for the line-based formats (Moses, TSV, JSONL). A line ends at LF; a CR
// before it is dropped (files from Windows); a last line without LF still counts, an empty one after the last LF
// does not.

export interface NumberedLine {
  /** 1-based. */
  number: number;
  text: string;
}

export async function* splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<NumberedLine> {
  let pending = "";
  let number = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      yield { number: ++number, text: withoutCr(pending.slice(start, end)) };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  if (pending !== "") yield { number: ++number, text: withoutCr(pending) };
}

function withoutCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** A leading byte order mark is no part of the first line's text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
