// Plain text: paragraphs are separated by one or more blank lines (lines of nothing but whitespace). Inside a
// paragraph single line breaks are kept, because verse, addresses and signatures depend on them.

/**
 * Splits normalized text ("\n" line ends only) into trimmed paragraphs; runs of spaces and tabs become one space,
 * newlines stay. A line scan rather than a split on /\n(?:[^\S\n]*\n)+/: V8 keeps one backtracking entry per
 * repetition of that group, and 8 million blank lines overflowed its stack (a RangeError, not a paragraph break).
 * A paragraph of one line, the common case and the whole of a text of millions of one-letter paragraphs, is pushed
 * as it is, with no array of lines to build and join.
 */
export function splitPlainParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  // The paragraph being read: its first line, and any further lines (no closure to flush it: this runs once per
  // HTML block, a million times for a page of a million <p>).
  let first = "";
  let more: string[] | null = null;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = end === start ? "" : collapseLine(text.slice(start, end));
    if (line !== "") {
      if (first === "") first = line;
      else (more ??= []).push(line);
    } else if (first !== "") {
      paragraphs.push(more ? `${first}\n${more.join("\n")}` : first);
      first = "";
      more = null;
    }
    start = end + 1;
  }
  if (first !== "") paragraphs.push(more ? `${first}\n${more.join("\n")}` : first);
  return paragraphs;
}

// trim() removes every JavaScript whitespace character, so a line of nothing but whitespace is "". Only runs and
// tabs are replaced: a global replace costs per match, and /[ \t]+/ matched every single space (1.5 s on 2 MB).
function collapseLine(line: string): string {
  return (line.includes("\t") || line.includes("  ") ? line.replace(/[ \t]{2,}|\t/g, " ") : line).trim();
}
