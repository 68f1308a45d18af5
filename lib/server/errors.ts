// One error type for every use case, with a closed set of codes; the HTTP boundary maps codes to statuses.
// `messageKey` + `params` let the interface show the message in the user's language (lib/i18n/locales).
export type AppErrorCode =
  | "validation"
  | "unauthorized"
  | "not_found"
  | "conflict"
  | "forbidden"
  | "payload_too_large"
  | "rate_limited"
  | "unavailable";

const STATUS: Record<AppErrorCode, number> = {
  validation: 422,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export interface FieldProblem {
  /** Which input it is about, e.g. "texts.1.content" or "title". */
  field: string;
  messageKey: string;
  params?: Record<string, string | number>;
  /** English text for API clients and logs. */
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: {
      messageKey?: string;
      params?: Record<string, string | number>;
      problems?: FieldProblem[];
      /** For a conflict: how the thing reads now, and who changed it when (shown to the user). */
      current?: Record<string, unknown>;
      /** With "rate_limited": when to try again (also sent as Retry-After). */
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export function notFound(what: string, id: number | string): AppError {
  return new AppError("not_found", `${what} ${id} does not exist.`, { messageKey: "errors.notFound", params: { what, id } });
}

export function staleVersion(what: string): AppError {
  return new AppError("conflict", `The ${what} was changed by someone else; reload and try again.`, {
    messageKey: "errors.staleVersion",
    params: { what },
  });
}
