// fetch() for the workbench's JSON API, turning error bodies into a message in the user's language.
import type { TFunction } from "i18next";
import { languageName } from "@/lib/i18n/language-name";

interface Message {
  message?: string;
  messageKey?: string;
  params?: Record<string, string | number>;
}

interface ErrorShape {
  error?: Message & { code?: string; current?: Record<string, unknown>; problems?: Message[] };
}

export type ApiFailure = {
  ok: false;
  status: number;
  code: string;
  /** For a conflict: how the thing reads now and who changed it (see lib/server/editing/versions.ts). */
  current?: Record<string, unknown>;
  message: (t: TFunction) => string;
};

export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

export async function callApi<T>(url: string, init: { method: string; body?: unknown; signal?: AbortSignal } = { method: "GET" }): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: (t) => t("import.networkError") };
  }
  const body = (await response.json().catch(() => ({}))) as T & ErrorShape;
  if (response.ok) return { ok: true, data: body };
  const error = body.error ?? {};
  return {
    ok: false,
    status: response.status,
    code: error.code ?? "internal",
    current: error.current,
    message: (t) => errorMessage(t, error),
  };
}

/**
 * An error body in the user's language: its summary, then each problem it lists ("Some fields are not valid." alone
 * does not say which). A key the interface lacks falls back to the server's English.
 */
export function errorMessage(t: TFunction, error: Message & { problems?: readonly Message[] }): string {
  const say = (m: Message) => (m.messageKey ? t(m.messageKey, { ...translatedParams(t, m.params ?? {}), defaultValue: m.message ?? "" }) : (m.message ?? ""));
  return [say(error) || t("errors.internal"), ...(error.problems ?? []).map(say)].filter(Boolean).join(" ");
}

// Parameters that name a language carry its code too (languageCode, detectedCode): named in the interface language here.
export function translatedParams(t: TFunction, params: Record<string, string | number>): Record<string, string | number> {
  const out = { ...params };
  for (const key of ["language", "detected", "expectedLanguage"]) {
    const code = params[`${key}Code`];
    if (typeof code === "string") out[key] = languageName(t, code);
  }
  return out;
}
