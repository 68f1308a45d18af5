// The transport edge for route handlers: parse with zod, run a use case, map errors to JSON with a status.
import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError, type FieldProblem } from "./errors";

export interface ErrorBody {
  error: { code: string; message: string; messageKey?: string; params?: Record<string, string | number>; problems?: FieldProblem[] };
}

export function errorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...error.details } },
      { status: error.status },
    );
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
  const problems: FieldProblem[] = parsed.error.issues.map((issue) => ({
    field: issue.path.join("."),
    messageKey: "errors.invalidField",
    params: { field: issue.path.join(".") || "body", detail: issue.message },
    message: `${issue.path.join(".") || "body"}: ${issue.message}`,
  }));
  throw new AppError("validation", problems.map((p) => p.message).join("; "), { messageKey: "errors.validation", problems });
}

/** Wraps a handler so that every thrown error becomes a JSON error response. */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
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
