// Lines out of text arriving in chunks, for the line-based formats (Moses, TSV, JSONL). A line ends at LF; a CR
// before it is dropped (files from Windows); a last line without LF still counts, an empty one after the last LF
// does not.

export interface NumberedLine {
  /** 1-based. */
  number: number;
  text: string;
}

export async function* splitLines(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<NumberedLine> {
  // The line not ended yet, as the pieces of it that arrived: each chunk is searched once, from its own start. A
  // line kept as one growing string and searched from its start each time made a long line quadratic (an 8 MiB
  // line with no break cost 4 s).
  let partial: string[] = [];
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, end);
      const line = partial.length > 0 ? partial.join("") + piece : piece;
      partial = [];
      yield { number: ++number, text: withoutCr(line) };
      start = end + 1;
    }
    if (start < chunk.length) partial.push(start === 0 ? chunk : chunk.slice(start));
  }
  const last = partial.join("");
  if (last !== "") yield { number: ++number, text: withoutCr(last) };
}

function withoutCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** A leading byte order mark is no part of the first line's text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
