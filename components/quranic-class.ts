// The class that sets text in the Quran's spelling in the face that has its marks (app/globals.css .quranic):
// added to `base` when any of `texts` holds such a mark (lib/core/text/uthmani.ts hasQuranicMarks).
import { hasQuranicMarks } from "@/lib/core/text/uthmani";

export function quranicClass(texts: readonly string[], base?: string): string | undefined {
  const classes = [base, texts.some(hasQuranicMarks) ? "quranic" : undefined].filter(Boolean).join(" ");
  return classes || undefined;
}
