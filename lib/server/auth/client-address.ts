// Where a request comes from, for counting failed sign-ins per address. `next start` puts the socket's address
// in X-Forwarded-For when the request has none, and a proxy in front appends the address it saw: the last entry
// is the one nearest to us. A client talking to `next start` directly can send its own header, so the
// per-address count is a second line; the per-email count is the one nobody can step around.
import "server-only";

export function clientAddressOf(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 100) : null;
}
