// Cross-site writes are refused: a page on another site can make the user's browser send a form post or a
// body-less fetch to us (with the user's cookies, once there are sessions), and CORS does not stop the request
// from running, only the reading of its answer. Browsers say where a request comes from (Origin, and
// Sec-Fetch-Site in current ones); scripts and curl send neither and must authenticate on their own.
import "server-only";
import { AppError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function assertSameOrigin(request: Request, allowedOrigins: readonly string[] = configuredOrigins()): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") throw crossSite(site);
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (allowedOrigins.length > 0 ? allowedOrigins.includes(origin) : sameHost(origin, request)) return;
  throw crossSite(origin);
}

// Behind a proxy that terminates TLS the app sees http:// while the browser says https://: the host is what
// tells our site from another. APP_ORIGIN overrides this where a proxy also rewrites the Host header.
function sameHost(origin: string, request: Request): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host; // "null" (sandboxed frames, some redirects) throws: never ours
  } catch {
    return false;
  }
  const host = request.headers.get("host") ?? new URL(request.url).host;
  return originHost.toLowerCase() === host.toLowerCase();
}

function configuredOrigins(): string[] {
  return (process.env.APP_ORIGIN ?? "")
    .split(",")
    .map((o) => withoutTrailingSlashes(o.trim()))
    .filter(Boolean);
}

function crossSite(from: string): AppError {
  return new AppError("forbidden", `Cross-site requests may not change anything here (request from ${from.slice(0, 200)}).`, {
    messageKey: "errors.crossSite",
  });
}

// A loop rather than /\/+$/, which is quadratic on a long run of slashes.
function withoutTrailingSlashes(origin: string): string {
  let end = origin.length;
  while (end > 0 && origin[end - 1] === "/") end--;
  return origin.slice(0, end);
}
