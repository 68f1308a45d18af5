// The session cookie: http-only (scripts in the page never see it), SameSite=Lax (other sites' forms and fetches
// do not carry it; lib/server/same-origin.ts refuses the rest), Path=/, and Secure unless COOKIE_SECURE says
// otherwise. "auto" leaves Secure off only for plain http to a loopback host (`npm start` on one's own machine):
// browsers drop a Secure cookie that arrives over plain http, and loopback traffic never leaves the machine.
import "server-only";
import { readEnv } from "@/lib/env";
import { SESSION_MAX_MS } from "./session-policy";

export const SESSION_COOKIE = "tarjuman_session";

export type CookieSecureMode = "auto" | "always" | "never";

export interface RequestOrigin {
  /** "http" or "https", as the browser used it (X-Forwarded-Proto when a proxy terminates TLS). */
  protocol: string;
  hostname: string;
}

export function requestOrigin(request: Request): RequestOrigin {
  const url = new URL(request.url);
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const host = request.headers.get("host");
  let hostname = url.hostname;
  if (host) {
    try {
      hostname = new URL(`http://${host}`).hostname;
    } catch {
      /* a malformed Host header: keep the URL's */
    }
  }
  return { protocol: forwarded || url.protocol.replace(/:$/, ""), hostname };
}

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function isSecureCookie(origin: RequestOrigin, mode: CookieSecureMode = readEnv().COOKIE_SECURE): boolean {
  if (mode !== "auto") return mode === "always";
  return !(origin.protocol === "http" && isLoopbackHost(origin.hostname));
}

/**
 * A Secure cookie sent over plain http is dropped by the browser, which would then loop back to the sign-in page
 * with no word of why. Saying so is better: true when that would happen.
 */
export function wouldDropSecureCookie(origin: RequestOrigin, mode: CookieSecureMode = readEnv().COOKIE_SECURE): boolean {
  return mode === "auto" && origin.protocol === "http" && isSecureCookie(origin, mode);
}

export function sessionCookieHeader(token: string, secure: boolean): string {
  return [`${SESSION_COOKIE}=${token}`, "Path=/", `Max-Age=${Math.floor(SESSION_MAX_MS / 1000)}`, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");
}

export function clearedSessionCookieHeader(secure: boolean): string {
  return [`${SESSION_COOKIE}=`, "Path=/", "Max-Age=0", "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");
}

/** One cookie's value from a Cookie header; values we set are base64url, so no decoding is needed. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}
