// What a user sends for a concept, checked the same way for creating and editing: languages validated and
// canonicalized, terms trimmed and non-empty, one rendering per language and matching key.
import "server-only";
import { z } from "zod";
import { parseLanguageTag } from "@/lib/core/lang/languages";
import { termKeyOf, TERM_STATUSES } from "@/lib/core/terms";
import { AppError, type FieldProblem } from "@/lib/server/errors";

export const ZRenderingInputSchema = z.object({
  id: z.number().int().positive().optional(),
  lang: z.string().min(1).max(35),
  text: z.string().max(500),
  status: z.enum(TERM_STATUSES as unknown as ["preferred", "admitted", "deprecated"]),
  note: z.string().max(2000).default(""),
});
export type TRenderingInput = z.infer<typeof ZRenderingInputSchema>;

export const ZConceptFieldsSchema = z.object({
  label: z.string().trim().min(1).max(500),
  note: z.string().max(5000).default(""),
  domain: z.string().trim().max(200).default(""),
});

/** The renderings, canonical and checked; throws a 422 naming every bad one. */
export function checkRenderings(renderings: readonly TRenderingInput[]): TRenderingInput[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const out = renderings.map((r, i) => {
    const field = `renderings.${i}`;
    const parsed = parseLanguageTag(r.lang);
    const text = r.text.trim();
    if (!parsed.ok) problems.push({ field: `${field}.lang`, messageKey: "terms.errors.unknownLanguage", params: { lang: r.lang }, message: `${field}.lang: "${r.lang}" is not a supported language code` });
    if (termKeyOf(text).length === 0) problems.push({ field: `${field}.text`, messageKey: "terms.errors.emptyTerm", message: `${field}.text: the term is empty` });
    const lang = parsed.ok ? parsed.tag.code : r.lang;
    const key = `${lang}\u0000${termKeyOf(text)}`;
    if (parsed.ok && text && seen.has(key)) problems.push({ field: `${field}.text`, messageKey: "terms.errors.duplicateRendering", params: { term: text, lang }, message: `${field}.text: "${text}" (${lang}) is given twice` });
    seen.add(key);
    return { ...r, lang, text, note: r.note.trim() };
  });
  if (problems.length > 0) throw new AppError("validation", problems.map((p) => p.message).join("; "), { messageKey: "errors.validation", problems });
  return out;
}

export function duplicateLabel(label: string): AppError {
  return new AppError("conflict", `A concept labelled "${label}" already exists here; edit it or merge into it.`, {
    messageKey: "terms.errors.duplicateLabel",
    params: { label },
  });
}
