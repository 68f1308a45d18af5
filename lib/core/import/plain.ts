// Plain text: paragraphs are separated by one or more blank lines (lines of nothing but whitespace). Inside a
// paragraph single line breaks are kept, because verse, addresses and signatures depend on them.

/** One or more lines that hold only whitespace, with the line ends around them. Input has "\n" line ends only. */
const PARAGRAPH_BREAK = /\n(?:[^\S\n]*\n)+/;

/** Splits normalized text into trimmed paragraphs; runs of spaces and tabs become one space, newlines stay. */
export function splitPlainParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(PARAGRAPH_BREAK)) {
    const lines = block
      .split("\n")
      .map((line) => line.replace(/[ \t]+/g, " ").trim())
      .filter((line) => line !== "");
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
  }
  return paragraphs;
}
