// Plain text: paragraphs are separated by one or more blank lines (lines of nothing but whitespace). Inside a
// paragraph single line breaks are kept, because verse, addresses and signatures depend on them.

/**
 * Splits normalized text ("\n" line ends only) into trimmed paragraphs; runs of spaces and tabs become one space,
 * newlines stay. A line scan rather than a split on /\n(?:[^\S\n]*\n)+/: V8 keeps one backtracking entry per
 * repetition of that group, and 8 million blank lines overflowed its stack (a RangeError, not a paragraph break).
 */
export function splitPlainParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  if (!text.includes("\n")) {
    // One line, as most HTML blocks are: no arrays to build.
    const line = collapseLine(text);
    return line === "" ? [] : [line];
  }
  let lines: string[] = [];
  for (const raw of text.split("\n")) {
    const line = collapseLine(raw);
    if (line !== "") lines.push(line);
    else if (lines.length > 0) {
      paragraphs.push(lines.join("\n"));
      lines = [];
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join("\n"));
  return paragraphs;
}

// trim() removes every JavaScript whitespace character, so a line of nothing but whitespace is "". Only runs and
// tabs are replaced: a global replace costs per match, and /[ \t]+/ matched every single space (1.5 s on 2 MB).
function collapseLine(line: string): string {
  if (line === "") return line;
  return (line.includes("\t") || line.includes("  ") ? line.replace(/[ \t]{2,}|\t/g, " ") : line).trim();
}
