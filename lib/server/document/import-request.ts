// Reads an import request — multipart form (the browser form, curl -F) or JSON (scripts) — into use-case input.
// Every problem of every box is collected, under its own field (texts.<n>.<field>), and handed to the use case,
// which adds the problems of the texts themselves: the user sees them all at once.
import "server-only";
import { z } from "zod";
import { MAX_TEXT_BYTES, TEXT_ENCODINGS } from "@/lib/core/import";
import { AppError, type FieldProblem } from "@/lib/server/errors";
import { parseOrThrow, readBodyWithin, zodProblems } from "@/lib/server/http";
import { MAX_TEXTS, type ImportDocumentOptions, type ImportTextInput } from "./import-document";

const optionalString = (max: number) =>
  z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

const ZTextMetaSchema = z.object({
  lang: z.string().trim().min(1, "choose a language").max(35),
  role: z.enum(["original", "translation"]).default("translation"),
  format: z.enum(["auto", "plain", "html"]).default("auto"),
  // Of an uploaded file's bytes, where detection cannot tell it; a pasted text is characters already.
  encoding: z.enum(["auto", ...TEXT_ENCODINGS]).default("auto"),
  title: optionalString(500),
  sourceUrl: optionalString(2000).pipe(z.url({ protocol: /^https?$/ }).optional()),
  publisher: optionalString(300),
  publishedAt: optionalString(10).pipe(z.iso.date().optional()),
});

// JSON bodies are checked for shape here; each text's fields are checked with the others, below.
const ZImportJsonSchema = z.object({
  title: optionalString(500),
  corpus: optionalString(100),
  texts: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_TEXTS),
});

/** Everything a request may carry: every text at its limit plus form overhead. */
export const MAX_REQUEST_BYTES = MAX_TEXTS * MAX_TEXT_BYTES + 1024 * 1024;

export async function readImportRequest(request: Request): Promise<ImportDocumentOptions> {
  const body = await readBodyWithin(request, MAX_REQUEST_BYTES, (size) =>
    new AppError("payload_too_large", `The request is over ${MAX_REQUEST_BYTES} bytes (at least ${size}).`, {
      messageKey: "import.problems.too-large",
      params: { size, limit: MAX_TEXT_BYTES },
    }),
  );
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/json")) {
    let json: unknown = null;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      /* reported by the schema as a missing body */
    }
    const parsed = parseOrThrow(ZImportJsonSchema, json);
    const problems: FieldProblem[] = [];
    const texts = parsed.texts.flatMap((raw, index) => {
      const meta = readMeta(raw, index, problems);
      const text = typeof raw.text === "string" ? raw.text : "";
      if (text.length === 0) problems.push(missingContent(index));
      return meta && text.length > 0 ? [{ ...meta, content: { kind: "text" as const, text } }] : [];
    });
    return { title: parsed.title, corpusSlug: parsed.corpus, texts, problems };
  }
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
    const form = await new Response(body, { headers: { "content-type": type } }).formData().catch(() => {
      throw new AppError("validation", "The form data could not be read.", { messageKey: "errors.validation" });
    });
    return readForm(form);
  }
  throw new AppError("validation", "Send multipart/form-data or application/json.", { messageKey: "errors.validation" });
}

// Form fields are named text.<n>.<field>, with the content in text.<n>.text (pasted) or text.<n>.file (upload).
async function readForm(form: FormData): Promise<ImportDocumentOptions> {
  const indices = new Set<number>();
  for (const key of form.keys()) {
    const match = /^text\.(\d{1,3})\./.exec(key);
    if (match) indices.add(Number(match[1]));
  }
  const problems: FieldProblem[] = [];
  const texts: ImportTextInput[] = [];
  const ordered = [...indices].sort((a, b) => a - b).slice(0, MAX_TEXTS + 1);
  for (const [position, n] of ordered.entries()) {
    const field = (name: string) => {
      const value = form.get(`text.${n}.${name}`);
      return typeof value === "string" ? value : undefined;
    };
    const raw = Object.fromEntries(Object.keys(ZTextMetaSchema.shape).map((key) => [key, field(key) || undefined]));
    const meta = readMeta({ ...raw, lang: raw.lang ?? "" }, position, problems);
    const file = form.get(`text.${n}.file`);
    const pasted = field("text") ?? "";
    const content: ImportTextInput["content"] | null =
      file instanceof File && file.size > 0
        ? { kind: "bytes", bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name }
        : pasted.length > 0
          ? { kind: "text", text: pasted }
          : null;
    if (!content) problems.push(missingContent(position));
    if (meta && content) texts.push({ ...meta, content });
  }
  const title = form.get("title");
  return { title: typeof title === "string" ? title : undefined, texts, problems };
}

/**
 * A text's metadata, field by field: a bad field is reported under texts.<box>.<field> and its default used, so
 * that the text itself is still checked. Without a usable language there is nothing to check it against: null.
 */
function readMeta(raw: Record<string, unknown>, box: number, problems: FieldProblem[]): Omit<ImportTextInput, "content"> | null {
  const meta: Record<string, unknown> = { box };
  for (const [key, schema] of Object.entries(ZTextMetaSchema.shape)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) meta[key] = parsed.data;
    else {
      problems.push(...zodProblems(parsed.error, `texts.${box}.${key}`));
      meta[key] = schema.safeParse(undefined).data;
    }
  }
  return typeof meta.lang === "string" ? (meta as Omit<ImportTextInput, "content">) : null;
}

function missingContent(index: number): FieldProblem {
  return { field: `texts.${index}.content`, messageKey: "import.problems.missingContent", message: `Text ${index + 1}: paste a text or choose a file.` };
}
