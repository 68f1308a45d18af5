// Reads POST /api/import: a multipart form (files in "file", options as fields) or a raw body holding one file
// (options in the query string). Bytes are counted as they arrive and the request is refused with 413 the moment
// it passes the limit, so an oversized upload is never buffered whole.
import "server-only";
import { z } from "zod";
import { TEXT_ENCODINGS } from "@/lib/core/import";
import { AppError } from "@/lib/server/errors";
import { parseOrThrow } from "@/lib/server/http";
import { MAX_PARALLEL_BYTES, type ImportParallelOptions } from "./import-parallel";

/** Files plus what a form adds around them (boundaries, fields). */
export const MAX_IMPORT_REQUEST_BYTES = MAX_PARALLEL_BYTES + 1024 * 1024;

export const ZImportParallelFieldsSchema = z.object({
  format: z.enum(["auto", "tmx", "xliff-1.2", "xliff-2.0", "tsv", "jsonl", "moses"]).default("auto"),
  encoding: z.enum(["auto", ...TEXT_ENCODINGS]).default("auto"),
  langs: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v.split(",").map((l) => l.trim()).filter(Boolean) : undefined)),
  status: z.enum(["confirmed", "auto"]).optional(),
  title: z.string().trim().max(500).optional(),
  corpus: z.string().trim().min(1).max(100).optional(),
  name: z.string().trim().max(300).optional(),
});

export async function readParallelUpload(request: Request): Promise<Omit<ImportParallelOptions, "actorId" | "onProgress">> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_IMPORT_REQUEST_BYTES) throw tooLarge(declared);
  const type = request.headers.get("content-type") ?? "";
  const counted = countedBody(request, MAX_IMPORT_REQUEST_BYTES);

  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(counted.stream, { headers: { "content-type": type } }).formData();
    } catch (error) {
      if (counted.overBy() > 0) throw tooLarge(counted.bytes());
      throw new AppError("validation", `The form could not be read: ${error instanceof Error ? error.message : String(error)}`, { messageKey: "errors.validation" });
    }
    const fields = parseOrThrow(ZImportParallelFieldsSchema, Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
    const files = await Promise.all(
      form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    if (files.length === 0) throw new AppError("validation", "Choose a file to import.", { messageKey: "parallel.problems.noFile" });
    return optionsFrom(fields, files);
  }

  const fields = parseOrThrow(ZImportParallelFieldsSchema, Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readAll(counted);
  if (bytes.length === 0) throw new AppError("validation", "The request body is empty: send the file as the body or as a form field named file.", { messageKey: "parallel.problems.noFile" });
  return optionsFrom(fields, [{ name: fields.name ?? "upload", bytes }]);
}

function optionsFrom(fields: z.infer<typeof ZImportParallelFieldsSchema>, files: Array<{ name: string; bytes: Uint8Array }>) {
  return { files, format: fields.format, encoding: fields.encoding, langs: fields.langs, status: fields.status, title: fields.title, corpusSlug: fields.corpus };
}

interface CountedBody {
  stream: ReadableStream<Uint8Array> | null;
  bytes(): number;
  overBy(): number;
}

function countedBody(request: Request, limit: number): CountedBody {
  let bytes = 0;
  const body = request.body;
  if (!body) return { stream: null, bytes: () => 0, overBy: () => 0 };
  const reader = body.getReader();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await reader.read();
      if (next.done) return controller.close();
      bytes += next.value.length;
      if (bytes > limit) {
        await reader.cancel().catch(() => undefined);
        return controller.error(tooLarge(bytes));
      }
      controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { stream, bytes: () => bytes, overBy: () => Math.max(0, bytes - limit) };
}

async function readAll(body: CountedBody): Promise<Uint8Array> {
  if (!body.stream) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  const reader = body.stream.getReader();
  for (;;) {
    const next = await reader.read().catch((error: unknown) => {
      throw error instanceof AppError ? error : new AppError("validation", "The upload was interrupted.", { messageKey: "errors.validation" });
    });
    if (next.done) break;
    chunks.push(next.value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooLarge(size: number): AppError {
  return new AppError("payload_too_large", `The upload is over ${size} bytes; the limit is ${MAX_PARALLEL_BYTES} bytes.`, {
    messageKey: "parallel.problems.too-large",
    params: { size, limit: MAX_PARALLEL_BYTES },
  });
}
