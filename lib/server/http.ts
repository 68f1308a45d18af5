// The transport edge for route handlers: parse with zod, run a use case, map errors to JSON with a status.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, type FieldProblem } from "./errors";
import { assertSameOrigin } from "./same-origin";

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    messageKey?: string;
    params?: Record<string, string | number>;
    problems?: FieldProblem[];
    current?: Record<string, unknown>;
    retryAfterSeconds?: number;
  };
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) {
    const headers = new Headers();
    if (error.details.retryAfterSeconds !== undefined) headers.set("Retry-After", String(error.details.retryAfterSeconds));
    if (error.code === "unauthorized") headers.set("WWW-Authenticate", 'Bearer realm="tarjuman"');
    return NextResponse.json({ error: { code: error.code, message: error.message, ...error.details } }, { status: error.status, headers });
  }
  // Anything else is our bug or an outage: log it whole, tell the client nothing it could misuse.
  console.error(error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on the server.", messageKey: "errors.internal" } },
    { status: 500 },
  );
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = zodProblems(parsed.error);
  throw new AppError("validation", problems.map((p) => p.message).join("; "), { messageKey: "errors.validation", problems });
}

/** zod issues as field problems, their paths under `prefix` ("texts.2") when given. */
export function zodProblems(error: z.ZodError, prefix = ""): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "body";
    return { field, messageKey: "errors.invalidField", params: { field, detail: issue.message }, message: `${field}: ${issue.message}` };
  });
}

/**
 * The request body, counted as it streams in: a body past `limit` is refused at the limit, whatever
 * Content-Length says (a chunked request has none), and is never buffered whole.
 */
export async function readBodyWithin(request: Request, limit: number, tooLarge: (size: number) => Error): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(declared);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** Wraps a handler: cross-site writes are refused, and every thrown error becomes a JSON error response. */
export function handle<A extends [Request, ...unknown[]]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      assertSameOrigin(args[0]);
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Route ids arrive as strings; anything but a positive integer is a 404, not a crash. */
export function parseId(raw: string, what: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== raw) {
    throw new AppError("not_found", `${what} ${raw} does not exist.`, { messageKey: "errors.notFound", params: { what, id: raw } });
  }
  return id;
}
