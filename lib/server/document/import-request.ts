// Reads an import request — multipart form (the browser form, curl -F) or JSON (scripts) — into use-case input.
import "server-only";
import { z } from "zod";
import { MAX_TEXT_BYTES } from "@/lib/core/import";
import { AppError } from "@/lib/server/errors";
import { parseOrThrow } from "@/lib/server/http";
import { MAX_TEXTS, type ImportDocumentOptions, type ImportTextInput } from "./import-document";

const optionalString = (max: number) =>
  z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

const ZTextMetaSchema = z.object({
  lang: z.string().trim().min(1, "choose a language").max(35),
  role: z.enum(["original", "translation"]).default("translation"),
  format: z.enum(["auto", "plain", "html"]).default("auto"),
  title: optionalString(500),
  sourceUrl: optionalString(2000).pipe(z.url({ protocol: /^https?$/ }).optional()),
  publisher: optionalString(300),
  publishedAt: optionalString(10).pipe(z.iso.date().optional()),
});

export const ZImportJsonSchema = z.object({
  title: optionalString(500),
  corpus: optionalString(100),
  texts: z.array(ZTextMetaSchema.extend({ text: z.string() })).min(1).max(MAX_TEXTS),
});

/** Everything a request may carry: every text at its limit plus form overhead. Larger bodies are refused unread. */
export const MAX_REQUEST_BYTES = MAX_TEXTS * MAX_TEXT_BYTES + 1024 * 1024;

export async function readImportRequest(request: Request): Promise<ImportDocumentOptions> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_REQUEST_BYTES) {
    throw new AppError("payload_too_large", `The request is ${declared} bytes; the limit is ${MAX_REQUEST_BYTES}.`, {
      messageKey: "import.problems.too-large",
      params: { size: declared, limit: MAX_TEXT_BYTES },
    });
  }
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("application/json")) {
    const body = parseOrThrow(ZImportJsonSchema, await request.json().catch(() => null));
    return {
      title: body.title,
      corpusSlug: body.corpus,
      texts: body.texts.map(({ text, ...meta }) => ({ ...meta, content: { kind: "text", text } })),
    };
  }
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
    return readForm(await request.formData());
  }
  throw new AppError("validation", "Send multipart/form-data or application/json.", { messageKey: "errors.validation" });
}

// Form fields are named text.<n>.<field>, with the content in text.<n>.text (pasted) or text.<n>.file (upload).
async function readForm(form: FormData): Promise<ImportDocumentOptions> {
  const indices = new Set<number>();
  for (const key of form.keys()) {
    const match = /^text\.(\d+)\./.exec(key);
    if (match) indices.add(Number(match[1]));
  }
  const texts: ImportTextInput[] = [];
  const ordered = [...indices].sort((a, b) => a - b).slice(0, MAX_TEXTS + 1);
  for (const [position, n] of ordered.entries()) {
    const field = (name: string) => {
      const value = form.get(`text.${n}.${name}`);
      return typeof value === "string" ? value : undefined;
    };
    const meta = parseOrThrow(ZTextMetaSchema, {
      lang: field("lang") ?? "",
      role: field("role") || undefined,
      format: field("format") || undefined,
      title: field("title"),
      sourceUrl: field("sourceUrl"),
      publisher: field("publisher"),
      publishedAt: field("publishedAt"),
    });
    const file = form.get(`text.${n}.file`);
    const pasted = field("text") ?? "";
    if (file instanceof File && file.size > 0) {
      texts.push({ ...meta, content: { kind: "bytes", bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name } });
    } else if (pasted.length > 0) {
      texts.push({ ...meta, content: { kind: "text", text: pasted } });
    } else {
      throw new AppError("validation", `Text ${position + 1}: paste a text or choose a file.`, {
        messageKey: "import.problems.summary",
        problems: [{ field: `texts.${position}.content`, messageKey: "import.problems.missingContent", message: "Paste a text or choose a file." }],
      });
    }
  }
  const title = form.get("title");
  return { title: typeof title === "string" ? title : undefined, texts };
}
