"use client";
// A paragraph's text with the term base's occurrences marked in their concept's colour. The text is shown as
// stored; the offsets come from the server's matcher, which normalizes only to find them.
import { useTranslation } from "react-i18next";
import type { TermMarkView } from "@/lib/server/document/views";

export function TermText({ text, marks, focusable }: { text: string; marks: readonly TermMarkView[] | undefined; focusable: boolean }) {
  const { t } = useTranslation();
  if (!marks || marks.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  // The matcher already lets the longest match win; a mark that still overlaps the previous one is skipped.
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    const tip = t("termFlags.markTip", { concept: mark.concept, rendering: mark.rendering, status: t(`termFlags.status.${mark.status}`) });
    parts.push(
      <mark
        key={mark.start}
        className={`term term-c${mark.colour} term-${mark.status}`}
        data-concept-id={mark.conceptId}
        data-term-status={mark.status}
        data-tip={tip}
        title={tip}
        tabIndex={focusable ? 0 : -1}
      >
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
