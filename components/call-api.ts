// fetch() for the workbench's JSON API, turning error bodies into a message in the user's language.
import type { TFunction } from "i18next";

interface ErrorShape {
  error?: { code?: string; message?: string; messageKey?: string; params?: Record<string, string | number> };
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; code: string; message: (t: TFunction) => string };

export async function callApi<T>(url: string, init: { method: string; body?: unknown }): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
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
    message: (t) => (error.messageKey ? t(error.messageKey, error.params ?? {}) : (error.message ?? t("errors.internal"))),
  };
}
